package org.gongjiang.voting.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.platform.model.ConflictException;
import org.gongjiang.platform.model.ForbiddenException;
import org.gongjiang.platform.model.LimitExceededException;
import org.gongjiang.platform.model.LocalizedText;
import org.gongjiang.platform.model.NotFoundException;
import org.gongjiang.platform.model.TimeWindow;
import org.gongjiang.voting.model.AcceptedVote;
import org.gongjiang.voting.model.BallotEntry;
import org.gongjiang.voting.model.BallotVote;
import org.gongjiang.voting.model.BallotWrite;
import org.gongjiang.voting.model.Candidate;
import org.gongjiang.voting.model.CastVote;
import org.gongjiang.voting.model.DailyBallot;
import org.gongjiang.voting.model.MyVotes;
import org.gongjiang.voting.model.Receipts;
import org.gongjiang.voting.model.VoteSignals;
import org.gongjiang.voting.model.VoterHasher;
import org.gongjiang.voting.model.VoterId;
import org.gongjiang.voting.model.VotingMessages;

/**
 * The public vote: casting a vote under the campaign's rules (with the signals that let bought votes
 * be told apart, hashed), reading back one's own votes, and checking a receipt.
 */
public final class VotingService {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (xxx)");

    private final CampaignDirectory campaigns;
    private final CandidateDirectory candidates;
    private final BallotStore ballots;
    private final SuspendedVoters suspended;
    private final Supplier<VoterHasher> keys;
    private final Clock clock;
    // SecureRandom: Lambda SnapStart re-seeds it after restoring many containers from one snapshot
    private final SecureRandom random = new SecureRandom();

    public VotingService(CampaignDirectory campaigns, CandidateDirectory candidates, BallotStore ballots,
                         SuspendedVoters suspended, Supplier<VoterHasher> keys, Clock clock) {
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.ballots = ballots;
        this.suspended = suspended;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * Casts a vote. The campaign, candidate and suspension checks read only in-memory caches; the quota
     * and the one-vote-per-candidate rule are enforced by the single conditional write of the ballot store.
     */
    public AcceptedVote cast(CastVote command) {
        Campaign campaign = campaigns.requireCampaign(command.campaignId());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        requireOpen(campaign, now);
        if (candidates.candidate(campaign.campaignId(), command.candidateId()).isEmpty()) {
            throw NotFoundException.candidate(campaign.campaignId(), command.candidateId());
        }
        if (suspended.isSuspended(campaign.campaignId(), command.voter())) {
            throw new ForbiddenException("voter-suspended", VotingMessages.VOTER_SUSPENDED_TITLE.text(),
                    VotingMessages.VOTER_SUSPENDED_DETAIL.text(), Map.of());
        }
        LocalDate day = campaign.votingDay(now);
        VoterHasher hasher = keys.get();
        BallotEntry entry = new BallotEntry(now, random.nextInt(Receipts.NONCE_LIMIT), VoteSignals.of(command.origin(), campaign.integrity().accountClaim(), hasher, now));
        int limit = campaign.voteRules().perVoterPerDay();
        BallotVote vote = new BallotVote(campaign.campaignId(), day, command.voter(), command.candidateId(), entry,
                campaign.personalDataExpiresAt());
        return switch (ballots.record(vote, limit)) {
            case BallotWrite.Accepted accepted -> new AcceptedVote(receipt(hasher, campaign, command.voter(), entry),
                    command.candidateId(), now, day, Math.max(0, limit - accepted.votesCastToday()));
            case BallotWrite.AlreadyVoted already ->
                    throw alreadyVoted(command.candidateId(), receipt(hasher, campaign, command.voter(), already.earlier()),
                            already.earlier().castAt());
            case BallotWrite.LimitReached reached -> throw dailyLimitReached(campaign, now, limit);
        };
    }

    /** What the voter cast today (the campaign's calendar day), each vote's receipt and whether it counts, and what is left. */
    public MyVotes myVotes(String campaignId, VoterId voter) {
        Campaign campaign = campaigns.requireCampaign(campaignId);
        Instant now = clock.instant();
        LocalDate day = campaign.votingDay(now);
        DailyBallot ballot = ballots.find(campaign.campaignId(), day, voter)
                .orElseGet(() -> DailyBallot.empty(campaign.campaignId(), day));
        boolean open = campaign.votingWindow().isOpenAt(now);
        int left = open ? Math.max(0, campaign.voteRules().perVoterPerDay() - ballot.votes().size()) : 0;
        VoterHasher hasher = keys.get();
        List<MyVotes.Vote> votes = ballot.votes().stream()
                .map(vote -> new MyVotes.Vote(vote.candidateId(), receipt(hasher, campaign, voter, vote.entry()), vote.castAt(),
                        vote.counted()))
                .toList();
        return new MyVotes(campaign, day, votes, left, open, campaign.nextVotingDayStartsAt(now));
    }

    /** What a receipt says to anyone who holds it: the voting day, and whether the vote counts. */
    public record ReceiptCheck(String campaignId, String receipt, LocalDate votingDay, boolean counted) {
    }

    /**
     * Checks a receipt: the vote it seals, looked up where the receipt says (the voter's ballot of that
     * day), without telling for whom it was cast. Anything else (forged, mistyped, another campaign's,
     * a vote no longer kept) is not found, and says no more than that.
     */
    public ReceiptCheck check(String campaignId, String receipt) {
        Campaign campaign = campaigns.requireCampaign(campaignId);
        String canonical = receipt == null ? "" : receipt.trim().toUpperCase(java.util.Locale.ROOT);
        Receipts.Locator locator = keys.get().receipts().open(campaign.campaignId(), canonical)
                .orElseThrow(() -> receiptNotFound(campaign));
        LocalDate day = campaign.votingDay(locator.castAt());
        DailyBallot.Entry vote = ballots.find(campaign.campaignId(), day, locator.voter())
                .flatMap(ballot -> ballot.votes().stream()
                        .filter(entry -> entry.castAt().equals(locator.castAt()) && entry.entry().nonce() == locator.nonce())
                        .findFirst())
                .orElseThrow(() -> receiptNotFound(campaign));
        return new ReceiptCheck(campaign.campaignId(), canonical, day, vote.counted());
    }

    /** A finalist of the campaign's published ballot. */
    public Optional<Candidate> candidate(String campaignId, String candidateId) {
        return candidates.candidate(campaignId, candidateId);
    }

    private static String receipt(VoterHasher hasher, Campaign campaign, VoterId voter, BallotEntry entry) {
        return hasher.receipts().issue(campaign.campaignId(), voter, entry.castAt(), entry.nonce());
    }

    private static NotFoundException receiptNotFound(Campaign campaign) {
        return new NotFoundException("receipt-not-found", VotingMessages.RECEIPT_NOT_FOUND.text(campaign.campaignId()));
    }

    private static void requireOpen(Campaign campaign, Instant now) {
        TimeWindow window = campaign.votingWindow();
        if (window.isOpenAt(now)) {
            return;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("votingWindow", Map.of(
                "opensAt", window.opensAt().toString(),
                "closesAt", window.closesAt().toString()));
        String opens = local(window.opensAt(), campaign);
        String closes = local(window.closesAt(), campaign);
        LocalizedText detail = now.isBefore(window.opensAt())
                ? VotingMessages.VOTING_NOT_OPEN_YET_DETAIL.text(opens, closes)
                : VotingMessages.VOTING_CLOSED_DETAIL.text(opens, closes);
        throw new ForbiddenException("voting-closed", VotingMessages.VOTING_CLOSED_TITLE.text(), detail, extensions);
    }

    private static ConflictException alreadyVoted(String candidateId, String receipt, Instant castAt) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("receipt", receipt);
        extensions.put("candidateId", candidateId);
        extensions.put("castAt", castAt.toString());
        return new ConflictException("already-voted",
                VotingMessages.ALREADY_VOTED_TITLE.text(),
                VotingMessages.ALREADY_VOTED_DETAIL.text(candidateId, receipt),
                extensions);
    }

    private static LimitExceededException dailyLimitReached(Campaign campaign, Instant now, int limit) {
        Instant nextDay = campaign.nextVotingDayStartsAt(now);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("perVoterPerDay", limit);
        extensions.put("votesLeftToday", 0);
        extensions.put("nextVotingDayStartsAt", nextDay.toString());
        return new LimitExceededException("daily-vote-limit-reached",
                VotingMessages.DAILY_VOTE_LIMIT_REACHED_TITLE.text(),
                VotingMessages.DAILY_VOTE_LIMIT_REACHED_DETAIL.text(limit, local(nextDay, campaign)),
                extensions, nextDay);
    }

    private static String local(Instant instant, Campaign campaign) {
        return ZonedDateTime.ofInstant(instant, campaign.timeZone()).format(LOCAL_TIME);
    }
}
