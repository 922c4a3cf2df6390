package org.gongjiang.platform.dynamodb;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.gongjiang.platform.application.CounterRecountStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What every recount store shares: its kind's counters live in the campaign's partition of
 * CountersTable, and its rebuilt generations beside them ({@link CounterGenerations}). A subclass says
 * how the counters are rebuilt from their source table and what identifies the live state.
 */
public abstract class GenerationRecountStore implements CounterRecountStore {

    protected final CounterGenerations generations;
    private final Function<String, String> livePartition;

    /** @param livePartition the partition of a campaign's live counters, by campaign id */
    protected GenerationRecountStore(DynamoDbClient dynamo, String countersTable, String kind, Predicate<String> owns,
                                     Function<String, String> livePartition) {
        this.generations = new CounterGenerations(dynamo, countersTable, kind, owns);
        this.livePartition = livePartition;
    }

    protected final String live(String campaignId) {
        return livePartition.apply(campaignId);
    }

    @Override
    public final boolean generationExists(String campaignId, String generation) {
        return generations.exists(live(campaignId), generation);
    }

    /** The counters as stored, by item; a kind that keeps a counter in several items sums them here. */
    @Override
    public Map<String, Map<String, Long>> counters(String campaignId, Optional<String> generation) {
        return generations.counters(live(campaignId), generation);
    }
}
