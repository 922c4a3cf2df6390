package org.gongjiang.stats.dynamodb;

import java.time.Duration;
import org.gongjiang.campaign.dynamodb.CampaignWiring;
import org.gongjiang.platform.aws.Environment;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.stats.application.NominationStatsAggregator;
import org.gongjiang.stats.application.StatsService;
import org.gongjiang.stats.application.StatsSnapshots;
import org.gongjiang.voting.dynamodb.VotingWiring;

/** The statistics capability's real collaborators, built from the function's environment. */
public final class StatsWiring {

    /** How long after the vote closes the snapshot waits for the aggregators to count the last votes (ISO 8601). */
    public static final String SNAPSHOT_SETTLE = "SNAPSHOT_SETTLE";

    private StatsWiring() {
    }

    private static DynamoStatsStore stats() {
        return new DynamoStatsStore(Wiring.dynamo(), Wiring.table(Wiring.COUNTERS_TABLE));
    }

    public static StatsService statsService() {
        return new StatsService(CampaignWiring.campaigns(), VotingWiring.candidates(), stats(), Wiring.clock());
    }

    public static StatsSnapshots snapshots() {
        return new StatsSnapshots(CampaignWiring.campaigns(), VotingWiring.candidateStore(), stats(),
                Duration.parse(Environment.optional(SNAPSHOT_SETTLE).orElse("PT15M")), Wiring.clock());
    }

    public static NominationStatsAggregator nominationAggregator() {
        return new NominationStatsAggregator(new DynamoNominationCounterStore(Wiring.dynamo(), Wiring.table(Wiring.COUNTERS_TABLE)),
                Wiring.clock());
    }
}
