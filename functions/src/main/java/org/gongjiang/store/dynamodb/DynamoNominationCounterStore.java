package org.gongjiang.store.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gongjiang.domain.CommitLimits;
import org.gongjiang.domain.NominationCountDelta;
import org.gongjiang.domain.StreamPosition;
import org.gongjiang.store.NominationCounterStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** Nomination statistics counters in CountersTable: one item per campaign and table, one counter per cell. */
public final class DynamoNominationCounterStore implements NominationCounterStore {

    // A transaction holds at most 100 actions, one the checkpoint: two campaigns' 45 tables fit. 200
    // cells keep an update expression well under DynamoDB's 4 KB expression limit.
    private static final CommitLimits LIMITS = new CommitLimits(99, 200);

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoNominationCounterStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<StreamPosition> checkpoint(String lane) {
        return LaneCommits.checkpoint(dynamo, table, lane);
    }

    @Override
    public boolean commit(String lane, Optional<StreamPosition> expected, StreamPosition next, NominationCountDelta delta,
                          Instant now) {
        List<Update> additions = new ArrayList<>();
        delta.campaigns().forEach((campaignId, tables) -> tables.forEach((dimensions, cells) -> {
            Map<String, Long> counters = new TreeMap<>();
            cells.forEach((cell, count) -> counters.put(String.join(CounterKeys.CELL_SEPARATOR, cell), count));
            additions.add(CounterItemMapper.addition(table, CounterKeys.nominations(campaignId, dimensions), Map.of(), counters,
                    Map.of(CounterItemMapper.UPDATED_AT, AttributeValue.fromS(now.toString()))));
        }));
        return LaneCommits.commit(dynamo, table, lane, expected, next, now, additions);
    }

    @Override
    public CommitLimits commitLimits() {
        return LIMITS;
    }
}
