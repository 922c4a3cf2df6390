package org.gongjiang.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjiang.store.BallotStore;

/** The public vote: casting a vote under the campaign's rules, and reading back one's own votes. */
public final class VotingService {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (xxx)");

    private final CampaignDirectory campaigns;
    private final CandidateDirectory candidates;
    private final BallotStore ballots;
    private final Receipts receipts;
    private final Clock clock;

    public VotingService(CampaignDirectory campaigns, CandidateDirectory candidates, BallotStore ballots,
                         Receipts receipts, Clock clock) {
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.ballots = ballots;
        this.receipts = receipts;
        this.clock = clock;
    }

    /**
     * Casts a vote. The campaign and candidate checks read only the in-memory directories; the quota and the
     * one-vote-per-candidate rule are enforced by the single conditional write of the ballot store.
     */
    public AcceptedVote cast(CastVote command) {
        Campaign campaign = campaigns.requireCampaign(command.campaignId());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        requireOpen(campaign, now);
        if (candidates.candidate(campaign.campaignId(), command.candidateId()).isEmpty()) {
            throw NotFoundException.candidate(campaign.campaignId(), command.candidateId());
        }
        LocalDate day = campaign.votingDay(now);
        String receipt = receipts.issue(now);
        int limit = campaign.voteRules().perVoterPerDay();
        BallotVote vote = new BallotVote(campaign.campaignId(), day, command.voter(), command.candidateId(), receipt,
                now, campaign.personalDataExpiresAt());
        return switch (ballots.record(vote, limit)) {
            case BallotWrite.Accepted accepted ->
                    new AcceptedVote(receipt, command.candidateId(), now, day, Math.max(0, limit - accepted.votesCastToday()));
            case BallotWrite.AlreadyVoted already -> throw alreadyVoted(campaign, command.candidateId(), already.receipt());
            case BallotWrite.LimitReached reached -> throw dailyLimitReached(campaign, now, limit);
        };
    }

    /** What the voter cast today (the campaign's calendar day) and how many votes are left. */
    public MyVotes myVotes(String campaignId, VoterId voter) {
        Campaign campaign = campaigns.requireCampaign(campaignId);
        Instant now = clock.instant();
        LocalDate day = campaign.votingDay(now);
        DailyBallot ballot = ballots.find(campaign.campaignId(), day, voter)
                .orElseGet(() -> DailyBallot.empty(campaign.campaignId(), day));
        boolean open = campaign.votingWindow().isOpenAt(now);
        int left = open ? Math.max(0, campaign.voteRules().perVoterPerDay() - ballot.votes().size()) : 0;
        return new MyVotes(campaign, ballot, left, open, campaign.nextVotingDayStartsAt(now));
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
                ? LocalizedText.of("投票尚未开始，将于 %s 开始，%s 结束。", "Voting has not opened yet; it opens at %s and closes at %s.")
                        .formatted(opens, closes)
                : LocalizedText.of("投票已于 %2$s 结束（开始于 %1$s）。", "Voting closed at %2$s (it opened at %1$s).")
                        .formatted(opens, closes);
        throw new ForbiddenException("voting-closed", LocalizedText.of("不在投票时间内", "Voting is not open"), detail, extensions);
    }

    private static ConflictException alreadyVoted(Campaign campaign, String candidateId, String receipt) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("receipt", receipt);
        extensions.put("candidateId", candidateId);
        extensions.put("castAt", Receipts.castAtOf(receipt).toString());
        return new ConflictException("already-voted",
                LocalizedText.of("今天已为该候选人投过票", "Already voted for this candidate today"),
                LocalizedText.of("您今天已为候选人“%s”投过票（凭证 %s），明天可以再投。",
                        "You already voted for candidate '%s' today (receipt %s); you can vote again tomorrow.")
                        .formatted(candidateId, receipt),
                extensions);
    }

    private static LimitExceededException dailyLimitReached(Campaign campaign, Instant now, int limit) {
        Instant nextDay = campaign.nextVotingDayStartsAt(now);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("perVoterPerDay", limit);
        extensions.put("votesLeftToday", 0);
        extensions.put("nextVotingDayStartsAt", nextDay.toString());
        return new LimitExceededException("daily-vote-limit-reached",
                LocalizedText.of("今日票数已用完", "No votes left today"),
                LocalizedText.of("每人每天最多投 %d 票，今天的票已用完，%s 起可以再投。",
                        "Each voter has %d votes a day and today's are used; voting resumes at %s.")
                        .formatted(limit, local(nextDay, campaign)),
                extensions, nextDay);
    }

    private static String local(Instant instant, Campaign campaign) {
        return ZonedDateTime.ofInstant(instant, campaign.timeZone()).format(LOCAL_TIME);
    }
}
