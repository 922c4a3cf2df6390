package org.gongjiang.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gongjiang.domain.Campaign;
import org.gongjiang.domain.CampaignDirectory;
import org.gongjiang.domain.Candidate;
import org.gongjiang.domain.CandidateDirectory;
import org.gongjiang.domain.Category;
import org.gongjiang.domain.Criterion;
import org.gongjiang.domain.Label;
import org.gongjiang.domain.LocalizedText;
import org.gongjiang.domain.RankingWeights;
import org.gongjiang.domain.Receipts;
import org.gongjiang.domain.StatsService;
import org.gongjiang.domain.TimeWindow;
import org.gongjiang.domain.VoteAggregator;
import org.gongjiang.domain.VoteRules;
import org.gongjiang.domain.VoterHasher;
import org.gongjiang.domain.VotingService;
import org.gongjiang.handler.AggregateVotesHandler;
import org.gongjiang.handler.CastVoteHandler;
import org.gongjiang.handler.GetMyVotesHandler;
import org.gongjiang.handler.GetStatsHandler;
import org.gongjiang.handler.ListCandidatesHandler;
import org.gongjiang.local.support.TestDynamo;
import org.gongjiang.store.VoteCounterStore;
import org.gongjiang.store.dynamodb.DynamoBallotStore;
import org.gongjiang.store.dynamodb.DynamoCampaignStore;
import org.gongjiang.store.dynamodb.DynamoCandidateStore;
import org.gongjiang.store.dynamodb.DynamoStatsStore;
import org.gongjiang.store.dynamodb.DynamoVoteCounterStore;

/**
 * A campaign of its own in the shared DynamoDB Local, and the real handlers wired to the real stores
 * with a clock the test controls (directory caches off, so every check reads what the test wrote).
 */
final class TestCampaign {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final VoterHasher HASHER = VoterHasher.fromSecret("test-key-".repeat(8));

    final String campaignId;
    final Campaign campaign;
    final List<Candidate> candidates;
    final Clock clock;

    private TestCampaign(String campaignId, Campaign campaign, List<Candidate> candidates, Clock clock) {
        this.campaignId = campaignId;
        this.campaign = campaign;
        this.candidates = candidates;
        this.clock = clock;
    }

    /** A campaign open from {@code opensAt} for 30 days, {@code perDay} votes a day, {@code count} finalists. */
    static TestCampaign create(String prefix, Instant opensAt, int perDay, int count, Clock clock) {
        String campaignId = TestDynamo.campaignId(prefix);
        Campaign campaign = new Campaign(campaignId, LocalizedText.of("测试活动", "Test campaign"), SHANGHAI,
                new TimeWindow(opensAt.minus(Duration.ofDays(40)), opensAt.minus(Duration.ofDays(30))), Duration.ofDays(7),
                new TimeWindow(opensAt, opensAt.plus(Duration.ofDays(30))),
                new VoteRules(perDay, 1),
                List.of(new Category("craftsman", LocalizedText.of("工匠", "Craftsman"), Category.Eligibility.ANYONE),
                        new Category("young", LocalizedText.of("青年工匠", "Young craftsman"), Category.Eligibility.ANYONE)),
                List.of(Label.of("equipment", "装备制造", "Equipment"), Label.of("medicine", "医药健康", "Medicine")),
                List.of(Label.of("gold", "金", "Gold"), Label.of("silver", "银", "Silver")),
                Criterion.STANDARDS, new RankingWeights(0.7, 0.3), 3, 5, 90, 1);
        new DynamoCampaignStore(TestDynamo.client(), TestDynamo.CAMPAIGNS).create(campaign);
        List<Candidate> candidates = new ArrayList<>();
        DynamoCandidateStore store = new DynamoCandidateStore(TestDynamo.client(), TestDynamo.CANDIDATES);
        for (int i = 1; i <= count; i++) {
            Candidate candidate = new Candidate(campaignId, "c-%02d".formatted(i), "候选人" + i, "企业" + i,
                    i % 2 == 0 ? "medicine" : "equipment", "510100", "成都市", i % 3 == 0 ? "young" : "craftsman");
            store.save(candidate);
            candidates.add(candidate);
        }
        return new TestCampaign(campaignId, campaign, List.copyOf(candidates), clock);
    }

    String candidate(int number) {
        return candidates.get(number - 1).candidateId();
    }

    CampaignDirectory campaigns() {
        return new CampaignDirectory(new DynamoCampaignStore(TestDynamo.client(), TestDynamo.CAMPAIGNS), clock, Duration.ZERO);
    }

    CandidateDirectory ballot() {
        return new CandidateDirectory(new DynamoCandidateStore(TestDynamo.client(), TestDynamo.CANDIDATES), clock, Duration.ZERO);
    }

    static DynamoBallotStore ballots() {
        return new DynamoBallotStore(TestDynamo.client(), TestDynamo.VOTES);
    }

    static DynamoVoteCounterStore counters() {
        return new DynamoVoteCounterStore(TestDynamo.client(), TestDynamo.COUNTERS);
    }

    VotingService voting() {
        return new VotingService(campaigns(), ballot(), ballots(), new Receipts(), clock);
    }

    CastVoteHandler castVote() {
        return new CastVoteHandler(voting(), HASHER, clock);
    }

    GetMyVotesHandler myVotes() {
        return new GetMyVotesHandler(voting(), ballot(), HASHER, clock);
    }

    GetStatsHandler stats() {
        return new GetStatsHandler(new StatsService(campaigns(), ballot(), new DynamoStatsStore(TestDynamo.client(), TestDynamo.COUNTERS),
                clock), clock);
    }

    ListCandidatesHandler listCandidates() {
        return new ListCandidatesHandler(campaigns(), ballot(), clock);
    }

    static AggregateVotesHandler aggregator(VoteCounterStore counters, Clock clock) {
        return new AggregateVotesHandler(new VoteAggregator(counters, clock));
    }
}
