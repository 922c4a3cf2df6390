package org.gongjiang.voting.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.application.CampaignStore;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.CampaignProgress;
import org.gongjiang.campaign.model.Category;
import org.gongjiang.campaign.model.Criterion;
import org.gongjiang.campaign.model.Label;
import org.gongjiang.campaign.model.RankingWeights;
import org.gongjiang.campaign.model.VoteRules;
import org.gongjiang.platform.aws.Environment;
import org.gongjiang.platform.handler.Priming;
import org.gongjiang.platform.model.LocalizedText;
import org.gongjiang.platform.model.TimeWindow;
import org.gongjiang.voting.application.BallotStore;
import org.gongjiang.voting.application.CandidateDirectory;
import org.gongjiang.voting.application.CandidateService;
import org.gongjiang.voting.application.CandidateStore;
import org.gongjiang.voting.application.SuspendedVoters;
import org.gongjiang.voting.application.SuspensionStore;
import org.gongjiang.voting.application.VotingService;
import org.gongjiang.voting.model.BallotVote;
import org.gongjiang.voting.model.BallotWrite;
import org.gongjiang.voting.model.Candidate;
import org.gongjiang.voting.model.DailyBallot;
import org.gongjiang.voting.model.VoteRef;
import org.gongjiang.voting.model.VoterHasher;
import org.gongjiang.voting.model.VoterId;
import org.junit.jupiter.api.Test;

/**
 * SnapStart priming of the vote and ballot functions runs the handlers' real paths against their stores
 * and writes nothing: here the stores record every call, and even a campaign that happened to be named
 * like the rehearsal's, open and with finalists, gets no ballot.
 */
class CastVotePrimingTest {

    private final Clock clock = Clock.systemUTC();
    private final RecordingStores stores = new RecordingStores(clock.instant());
    private final VoterHasher voters = VoterHasher.fromSecret("priming-test-voter-hash-key-0123456789abcdefghijklmnopqrstuvwxyzABCDEF");

    @Test
    void primingTheVoteIsRefusedBeforeTheBallotsWriteAndWritesNothing() {
        CastVoteHandler handler = new CastVoteHandler(votingService(), voters, clock);

        List<Integer> statuses = new Priming(handler, CastVoteHandler.rehearsals()).prime();

        assertEquals(List.of(404), statuses);
        assertEquals(List.of(), stores.writes);
        assertEquals(List.of("find " + Priming.CAMPAIGN_ID), stores.campaignReads);
    }

    @Test
    void anEnvironmentOfProvisionedConcurrencyIsPrimedInInitAndAnOnDemandOneIsNot() {
        CastVoteHandler handler = new CastVoteHandler(votingService(), voters, clock);

        Environment.using(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"), name -> {
        }, () -> {
            Priming.register(handler, CastVoteHandler.rehearsals());
            return null;
        });
        assertEquals(List.of(), stores.campaignReads);
        Environment.using(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "provisioned-concurrency"), name -> {
        }, () -> {
            Priming.register(handler, CastVoteHandler.rehearsals());
            return null;
        });

        assertEquals(List.of("find " + Priming.CAMPAIGN_ID), stores.campaignReads);
        assertEquals(List.of(), stores.writes);
    }

    @Test
    void aRealVoteThroughTheSameStoresIsRecordedAsAWrite() {
        CastVoteHandler handler = new CastVoteHandler(votingService(), voters, clock);

        int status = handler.handleRequest(vote(Priming.CAMPAIGN_ID, "N0001"), null).getStatusCode();

        assertEquals(201, status);
        assertEquals(List.of("record " + Priming.CAMPAIGN_ID + " N0001"), stores.writes);
    }

    @Test
    void primingTheBallotAsksForACampaignNeverCreatedAndWritesNothing() {
        ListCandidatesHandler handler = new ListCandidatesHandler(new CandidateService(campaigns(), candidates()), clock);

        List<Integer> statuses = new Priming(handler, ListCandidatesHandler.rehearsals()).prime();

        assertEquals(List.of(200, 404), statuses, "the open campaign named like the rehearsal's shows its ballot; its profile of a"
                + " candidate id no nomination is given is refused");
        assertEquals(List.of(), stores.writes);
    }

    private VotingService votingService() {
        return new VotingService(campaigns(), candidates(), stores, new SuspendedVoters(stores, clock, Duration.ofSeconds(30)),
                () -> voters, clock);
    }

    private CampaignDirectory campaigns() {
        return new CampaignDirectory(stores, clock, Duration.ofSeconds(30));
    }

    private CandidateDirectory candidates() {
        return new CandidateDirectory(stores, clock, Duration.ofSeconds(30));
    }

    private static APIGatewayV2HTTPEvent vote(String campaignId, String candidateId) {
        return Priming.request("POST /v1/campaigns/{campaignId}/votes", Map.of("campaignId", campaignId),
                "{\"candidateId\":\"" + candidateId + "\"}");
    }

    /** Every store the two functions use, holding one open campaign named as the rehearsals' and its finalist, recording each call. */
    private static final class RecordingStores implements CampaignStore, CandidateStore, BallotStore, SuspensionStore {
        final List<String> writes = new ArrayList<>();
        final List<String> campaignReads = new ArrayList<>();
        private final Campaign campaign;

        RecordingStores(Instant now) {
            TimeWindow voting = new TimeWindow(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
            TimeWindow nominations = new TimeWindow(voting.opensAt().minus(Duration.ofDays(40)), voting.opensAt().minus(Duration.ofDays(30)));
            campaign = new Campaign(Priming.CAMPAIGN_ID, LocalizedText.of("评选", "Selection"), ZoneId.of("Asia/Shanghai"),
                    nominations, Duration.ofDays(7), voting, new VoteRules(5, 1),
                    List.of(new Category("craftsman", LocalizedText.of("工匠", "Craftsman"), Category.Eligibility.ANYONE)),
                    List.of(Label.of("equipment", "装备制造", "Equipment")), List.of(Label.of("gold", "金", "Gold")),
                    Criterion.STANDARDS, new RankingWeights(0.7, 0.3), 3, 5, 180, 1);
        }

        @Override
        public Optional<Campaign> find(String campaignId) {
            campaignReads.add("find " + campaignId);
            return Optional.of(campaign).filter(c -> c.campaignId().equals(campaignId));
        }

        @Override
        public List<Campaign> list() {
            campaignReads.add("list");
            return List.of(campaign);
        }

        @Override
        public Optional<Stored> findStored(String campaignId) {
            return find(campaignId).map(c -> new Stored(c, CampaignProgress.NONE));
        }

        @Override
        public boolean create(Campaign created) {
            writes.add("create campaign " + created.campaignId());
            return true;
        }

        @Override
        public boolean replace(Campaign replaced, long expectedVersion, CampaignProgress seen) {
            writes.add("replace campaign " + replaced.campaignId());
            return true;
        }

        @Override
        public List<Candidate> list(String campaignId) {
            return campaign.campaignId().equals(campaignId)
                    ? List.of(new Candidate(campaignId, "N0001", "候选人", "四川某某装备制造有限公司", "equipment", "510100", "成都市",
                    "craftsman", "数控机床装调维修工", "三十年扎根一线。", Optional.empty(), false))
                    : List.of();
        }

        @Override
        public void save(Candidate candidate) {
            writes.add("save candidate " + candidate.candidateId());
        }

        @Override
        public BallotWrite record(BallotVote vote, int dailyLimit) {
            writes.add("record " + vote.campaignId() + " " + vote.candidateId());
            return new BallotWrite.Accepted(1);
        }

        @Override
        public Optional<DailyBallot> find(String campaignId, LocalDate day, VoterId voter) {
            return Optional.empty();
        }

        @Override
        public boolean voidVote(VoteRef vote, String voidId) {
            writes.add("void " + voidId);
            return false;
        }

        @Override
        public boolean restoreVote(VoteRef vote, String voidId) {
            writes.add("restore " + voidId);
            return false;
        }

        @Override
        public Set<String> suspended(String campaignId) {
            return Set.of();
        }

        @Override
        public boolean suspend(String campaignId, VoterId voter) {
            writes.add("suspend");
            return false;
        }

        @Override
        public boolean lift(String campaignId, VoterId voter) {
            writes.add("lift");
            return false;
        }
    }
}
