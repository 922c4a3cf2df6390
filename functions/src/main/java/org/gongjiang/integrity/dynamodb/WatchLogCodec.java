package org.gongjiang.integrity.dynamodb;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.integrity.model.WatchedVote;
import org.gongjiang.voting.model.VoteSignals;
import org.gongjiang.voting.model.VoterHasher;
import org.gongjiang.voting.model.VoterId;

/**
 * A window's votes of one batch as one binary attribute, 27 bytes a vote, because every byte logged is
 * billed: the voter (16 bytes), the candidate (1, an index into the item's list of candidates), the
 * second of the window it was cast in (2), the network (6: the 48-bit keyed hash), the account signal
 * (2: age in days, session age, or an index into the item's list of verification levels). The client's
 * hash stays on the ballot: no rule needs it.
 */
final class WatchLogCodec {

    static final int ENTRY_BYTES = VoterHasher.VOTER_ID_BYTES + 1 + 2 + 6 + 2;
    static final int MAX_CANDIDATES = 255;
    private static final int UNKNOWN_ACCOUNT = 0xFFFF;
    private static final int SESSION = 0x8000;
    private static final int LEVEL = 0xC000;
    private static final int AGE_LIMIT = 0x7FFF;
    private static final int SESSION_LIMIT = 0x3FFF;

    private WatchLogCodec() {
    }

    /** The encoded votes, with the lists of candidates and levels they index into. */
    record Encoded(byte[] entries, List<String> candidates, List<String> levels) {
    }

    static Encoded encode(Instant windowStart, List<WatchedVote> votes) {
        Map<String, Integer> candidates = new LinkedHashMap<>();
        Map<String, Integer> levels = new LinkedHashMap<>();
        ByteBuffer out = ByteBuffer.allocate(votes.size() * ENTRY_BYTES);
        for (WatchedVote vote : votes) {
            byte[] voter = Base64.getUrlDecoder().decode(vote.voter().hash());
            int candidate = candidates.computeIfAbsent(vote.candidateId(), c -> candidates.size());
            if (voter.length != VoterHasher.VOTER_ID_BYTES || candidate >= MAX_CANDIDATES) {
                throw new IllegalArgumentException("cannot log this vote compactly");
            }
            out.put(voter).put((byte) candidate);
            out.putShort((short) Math.max(0, Math.min(0xFFFF, vote.castAt().getEpochSecond() - windowStart.getEpochSecond())));
            out.put(network(vote.signals().network()));
            out.putShort((short) account(vote.signals(), levels));
        }
        return new Encoded(out.array(), List.copyOf(candidates.keySet()), List.copyOf(levels.keySet()));
    }

    static List<WatchedVote> decode(String campaignId, Instant windowStart, byte[] entries, List<String> candidates, List<String> levels) {
        List<WatchedVote> votes = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(entries);
        while (in.remaining() >= ENTRY_BYTES) {
            byte[] voter = new byte[VoterHasher.VOTER_ID_BYTES];
            in.get(voter);
            int candidate = in.get() & 0xff;
            int second = in.getShort() & 0xffff;
            byte[] network = new byte[6];
            in.get(network);
            int account = in.getShort() & 0xffff;
            if (candidate >= candidates.size()) {
                continue;
            }
            votes.add(new WatchedVote(campaignId, new VoterId(Base64.getUrlEncoder().withoutPadding().encodeToString(voter)),
                    candidates.get(candidate), windowStart.plusSeconds(second),
                    new VoteSignals(network(network), VoteSignals.UNKNOWN, account(account, levels))));
        }
        return votes;
    }

    private static byte[] network(String hash) {
        return hash.equals(VoteSignals.UNKNOWN) ? new byte[6] : Base64.getUrlDecoder().decode(hash);
    }

    private static String network(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            }
        }
        return VoteSignals.UNKNOWN; // a zero hash is as likely as any other: one network in 2^48 is logged as unknown
    }

    private static int account(VoteSignals signals, Map<String, Integer> levels) {
        String account = signals.account();
        if (account.startsWith("d")) {
            return Math.min(AGE_LIMIT, Integer.parseInt(account.substring(1)));
        }
        if (account.startsWith("s")) {
            return SESSION | Math.min(SESSION_LIMIT, Integer.parseInt(account.substring(1)));
        }
        if (account.startsWith("l") && levels.size() < SESSION_LIMIT) {
            return LEVEL | levels.computeIfAbsent(account.substring(1), l -> levels.size());
        }
        return UNKNOWN_ACCOUNT;
    }

    private static String account(int value, List<String> levels) {
        if (value == UNKNOWN_ACCOUNT) {
            return VoteSignals.UNKNOWN;
        }
        if ((value & LEVEL) == LEVEL) {
            int index = value & SESSION_LIMIT;
            return index < levels.size() ? "l" + levels.get(index) : VoteSignals.UNKNOWN;
        }
        if ((value & SESSION) == SESSION) {
            return "s" + (value & SESSION_LIMIT);
        }
        return "d" + value;
    }

    static Optional<List<String>> strings(software.amazon.awssdk.services.dynamodb.model.AttributeValue value) {
        return value == null || !value.hasL() ? Optional.empty() : Optional.of(value.l().stream().map(v -> v.s()).toList());
    }
}
