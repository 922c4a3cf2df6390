package org.gongjiang.voting.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One vote as the ballot stores it under its candidate: when it was cast (whole milliseconds), the
 * nonce its receipt seals, and its signals. Written as {@code <time 10><nonce 5>.<signals>} in
 * Crockford base 32 (time and nonce): 15 characters where a receipt takes 60, so a voter's day of
 * votes stays under the 1 KB that one write unit covers.
 */
public record BallotEntry(Instant castAt, int nonce, VoteSignals signals) {

    public BallotEntry {
        Objects.requireNonNull(castAt, "castAt");
        Objects.requireNonNull(signals, "signals");
        if (nonce < 0 || nonce >= Receipts.NONCE_LIMIT) {
            throw new IllegalArgumentException("nonce out of range");
        }
        if (castAt.getNano() % 1_000_000 != 0 || castAt.toEpochMilli() < 0 || castAt.toEpochMilli() >= (1L << 48)) {
            throw new IllegalArgumentException("castAt is a time in whole milliseconds");
        }
    }

    /** Whether {@code other} is this very vote (the same time and nonce): a write retried after its answer was lost. */
    public boolean sameVote(BallotEntry other) {
        return castAt.equals(other.castAt) && nonce == other.nonce;
    }

    public String encoded() {
        char[] out = new char[15];
        long millis = castAt.toEpochMilli();
        for (int i = 9; i >= 0; i--) {
            out[i] = Receipts.ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        int n = nonce;
        for (int i = 14; i >= 10; i--) {
            out[i] = Receipts.ALPHABET[n & 31];
            n >>>= 5;
        }
        return new String(out) + "." + signals.encoded();
    }

    /** The entry a ballot attribute holds, or empty when it is not one. */
    public static Optional<BallotEntry> decode(String text) {
        if (text == null || text.length() < 16 || text.charAt(15) != '.') {
            return Optional.empty();
        }
        long millis = 0;
        for (int i = 0; i < 10; i++) {
            int value = Receipts.valueOf(text.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            millis = (millis << 5) | value;
        }
        int nonce = 0;
        for (int i = 10; i < 15; i++) {
            int value = Receipts.valueOf(text.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            nonce = (nonce << 5) | value;
        }
        if (millis >= (1L << 48) || nonce >= Receipts.NONCE_LIMIT) {
            return Optional.empty();
        }
        Instant castAt = Instant.ofEpochMilli(millis);
        int sealed = nonce;
        return VoteSignals.decode(text.substring(16)).map(signals -> new BallotEntry(castAt, sealed, signals));
    }
}
