package org.gongjiang.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.dynamodb.DynamoCampaignStore;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.Category;
import org.gongjiang.campaign.model.Criterion;
import org.gongjiang.campaign.model.IntegrityRules;
import org.gongjiang.campaign.model.Label;
import org.gongjiang.campaign.model.RankingWeights;
import org.gongjiang.campaign.model.VoteRules;
import org.gongjiang.platform.model.LocalizedText;
import org.gongjiang.platform.model.TimeWindow;
import org.gongjiang.stats.application.StatsService;
import org.gongjiang.stats.dynamodb.DynamoStatsStore;
import org.gongjiang.stats.handler.GetStatsHandler;
import org.gongjiang.voting.application.CandidateDirectory;
import org.gongjiang.voting.application.CandidateService;
import org.gongjiang.voting.application.SuspendedVoters;
import org.gongjiang.voting.dynamodb.DynamoSuspensionStore;
import org.gongjiang.voting.application.VoteAggregator;
import org.gongjiang.voting.application.VoteCounterStore;
import org.gongjiang.voting.application.VotingService;
import org.gongjiang.voting.dynamodb.DynamoBallotStore;
import org.gongjiang.voting.dynamodb.DynamoCandidateStore;
import org.gongjiang.voting.dynamodb.DynamoVoteCounterStore;
import org.gongjiang.voting.handler.AggregateVotesHandler;
import org.gongjiang.voting.handler.CastVoteHandler;
import org.gongjiang.voting.handler.GetMyVotesHandler;
import org.gongjiang.voting.handler.ListCandidatesHandler;
import org.gongjiang.voting.model.Candidate;
import org.gongjiang.voting.model.VoterHasher;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A campaign of its own in the shared DynamoDB Local, and the real handlers wired to the real stores
 * with a clock the test controls (directory caches off, so every check reads what the test wrote).
 */
public final class CampaignTestbed {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final VoterHasher HASHER = VoterHasher.fromSecret("test-key-".repeat(8));

    public final String campaignId;
    public final Campaign campaign;
    public final List<Candidate> candidates;
    public final Clock clock;

    private CampaignTestbed(String campaignId, Campaign campaign, List<Candidate> candidates, Clock clock) {
        this.campaignId = campaignId;
        this.campaign = campaign;
        this.candidates = candidates;
        this.clock = clock;
    }

    /** A campaign open from {@code opensAt} for 30 days, {@code perDay} votes a day, {@code count} finalists. */
    public static CampaignTestbed create(String prefix, Instant opensAt, int perDay, int count, Clock clock) {
        return create(TestDynamo.client(), prefix, opensAt, perDay, count, IntegrityRules.DEFAULTS, clock);
    }

    /** The same, in the tables {@code dynamo} reaches (a local stack's), watched by {@code integrity}. */
    public static CampaignTestbed create(DynamoDbClient dynamo, String prefix, Instant opensAt, int perDay, int count,
                                         IntegrityRules integrity, Clock clock) {
        String campaignId = TestDynamo.campaignId(prefix);
        Campaign campaign = new Campaign(campaignId, LocalizedText.of("测试活动", "Test campaign"), SHANGHAI,
                new TimeWindow(opensAt.minus(Duration.ofDays(40)), opensAt.minus(Duration.ofDays(30))), Duration.ofDays(7),
                new TimeWindow(opensAt, opensAt.plus(Duration.ofDays(30))),
                new VoteRules(perDay, 1),
                List.of(new Category("craftsman", LocalizedText.of("工匠", "Craftsman"), Category.Eligibility.ANYONE),
                        new Category("young", LocalizedText.of("青年工匠", "Young craftsman"), Category.Eligibility.ANYONE)),
                List.of(Label.of("equipment", "装备制造", "Equipment"), Label.of("medicine", "医药健康", "Medicine")),
                List.of(Label.of("gold", "金", "Gold"), Label.of("silver", "银", "Silver")),
                Criterion.STANDARDS, new RankingWeights(0.7, 0.3), 3, 5, 90, 1, integrity);
        new DynamoCampaignStore(dynamo, TestDynamo.CAMPAIGNS).create(campaign);
        List<Candidate> candidates = new ArrayList<>();
        DynamoCandidateStore store = new DynamoCandidateStore(dynamo, TestDynamo.CANDIDATES);
        for (int i = 1; i <= count; i++) {
            Candidate candidate = new Candidate(campaignId, "c-%02d".formatted(i), "候选人" + i, "企业" + i,
                    i % 2 == 0 ? "medicine" : "equipment", "510100", "成都市", i % 3 == 0 ? "young" : "craftsman",
                    "焊工", "扎根岗位" + i + "年。", Optional.empty(), false);
            store.save(candidate);
            candidates.add(candidate);
        }
        return new CampaignTestbed(campaignId, campaign, List.copyOf(candidates), clock);
    }

    public String candidate(int number) {
        return candidates.get(number - 1).candidateId();
    }

    public CampaignDirectory campaigns() {
        return new CampaignDirectory(new DynamoCampaignStore(TestDynamo.client(), TestDynamo.CAMPAIGNS), clock, Duration.ZERO);
    }

    public CandidateDirectory ballot() {
        return new CandidateDirectory(new DynamoCandidateStore(TestDynamo.client(), TestDynamo.CANDIDATES), clock, Duration.ZERO);
    }

    public static DynamoBallotStore ballots() {
        return new DynamoBallotStore(TestDynamo.client(), TestDynamo.VOTES);
    }

    public SuspendedVoters suspendedVoters() {
        return new SuspendedVoters(new DynamoSuspensionStore(TestDynamo.client(), TestDynamo.VOTES), clock, Duration.ZERO);
    }

    public static DynamoVoteCounterStore counters() {
        return new DynamoVoteCounterStore(TestDynamo.client(), TestDynamo.COUNTERS);
    }

    public VotingService voting() {
        return new VotingService(campaigns(), ballot(), ballots(), suspendedVoters(), () -> HASHER, clock);
    }

    public CastVoteHandler castVote() {
        return new CastVoteHandler(voting(), HASHER, clock);
    }

    public GetMyVotesHandler myVotes() {
        return new GetMyVotesHandler(voting(), HASHER, clock);
    }

    public GetStatsHandler stats() {
        return new GetStatsHandler(new StatsService(campaigns(), ballot(), new DynamoStatsStore(TestDynamo.client(), TestDynamo.COUNTERS),
                clock), clock);
    }

    public ListCandidatesHandler listCandidates() {
        return new ListCandidatesHandler(new CandidateService(campaigns(), ballot()), clock);
    }

    public static AggregateVotesHandler aggregator(VoteCounterStore counters, Clock clock) {
        return new AggregateVotesHandler(new VoteAggregator(counters, clock));
    }
}
