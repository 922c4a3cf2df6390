package org.gongjiang.stats.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongjiang.platform.dynamodb.CounterItems;
import org.gongjiang.platform.dynamodb.CounterLedger;
import org.gongjiang.stats.application.NominationCounterStore;
import org.gongjiang.stats.model.NominationCountDelta;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Nomination statistics counters in CountersTable: one item per campaign and table, one counter per
 * cell. A commit holds two campaigns' 45 tables at most (see {@link CounterLedger#commitLimits()}).
 */
public final class DynamoNominationCounterStore extends CounterLedger<NominationCountDelta> implements NominationCounterStore {

    public DynamoNominationCounterStore(DynamoDbClient dynamo, String table) {
        super(dynamo, table);
    }

    @Override
    protected List<Update> additions(NominationCountDelta delta, String lane, Instant now) {
        return additions(delta, now);
    }

    /** The updates adding {@code delta}: nomination changes are few, every shard adds to the same items. */
    List<Update> additions(NominationCountDelta delta, Instant now) {
        List<Update> additions = new ArrayList<>();
        delta.campaigns().forEach((campaignId, tables) -> tables.forEach((dimensions, cells) -> {
            Map<String, Long> counters = new TreeMap<>();
            cells.forEach((cell, count) -> counters.put(StatsKeys.cellName(cell), count));
            additions.add(CounterItems.addition(table, StatsKeys.nominations(campaignId, dimensions), Map.of(), counters,
                    Map.of(CounterItems.UPDATED_AT, AttributeValue.fromS(now.toString()))));
        }));
        return additions;
    }
}
