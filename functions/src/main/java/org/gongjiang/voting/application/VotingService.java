package org.gongjiang.voting.application;

import org.gongjiang.voting.model.VotingMessages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.platform.model.ConflictException;
import org.gongjiang.platform.model.ForbiddenException;
import org.gongjiang.platform.model.LimitExceededException;
import org.gongjiang.platform.model.LocalizedText;
import org.gongjiang.platform.model.NotFoundException;
import org.gongjiang.platform.model.TimeWindow;
import org.gongjiang.voting.model.AcceptedVote;
import org.gongjiang.voting.model.BallotVote;
import org.gongjiang.voting.model.BallotWrite;
import org.gongjiang.voting.model.Candidate;
import org.gongjiang.voting.model.CastVote;
import org.gongjiang.voting.model.DailyBallot;
import org.gongjiang.voting.model.MyVotes;
import org.gongjiang.voting.model.Receipts;
import org.gongjiang.voting.model.VoterId;

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

    /** A finalist of the campaign's published ballot. */
    public Optional<Candidate> candidate(String campaignId, String candidateId) {
        return candidates.candidate(campaignId, candidateId);
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

    private static ConflictException alreadyVoted(Campaign campaign, String candidateId, String receipt) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("receipt", receipt);
        extensions.put("candidateId", candidateId);
        extensions.put("castAt", Receipts.castAtOf(receipt).toString());
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
