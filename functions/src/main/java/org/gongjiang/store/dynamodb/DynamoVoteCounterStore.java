package org.gongjiang.store.dynamodb;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.domain.CommitLimits;
import org.gongjiang.domain.StreamPosition;
import org.gongjiang.domain.VoteCountDelta;
import org.gongjiang.domain.VoteTotals;
import org.gongjiang.store.VoteCounterStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** Vote counters and shard checkpoints in CountersTable. */
public final class DynamoVoteCounterStore implements VoteCounterStore {

    // A transaction holds at most 100 actions; one is the checkpoint. 200 candidate counters keep an
    // update expression well under DynamoDB's 4 KB expression limit.
    private static final CommitLimits LIMITS = new CommitLimits(99, 200);
    // Stream records live 24 hours; a shard's checkpoint is useless a while after that.
    private static final Duration CHECKPOINT_RETENTION = Duration.ofDays(3);

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoVoteCounterStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<StreamPosition> checkpoint(String lane) {
        var response = dynamo.getItem(b -> b.tableName(table).key(CounterKeys.checkpoint(lane)).consistentRead(true));
        return response.hasItem() ? CounterItemMapper.checkpoint(response.item()) : Optional.empty();
    }

    @Override
    public boolean commit(String lane, Optional<StreamPosition> expected, StreamPosition next, VoteCountDelta delta,
                          Instant now) {
        List<TransactWriteItem> actions = new ArrayList<>();
        actions.add(TransactWriteItem.builder()
                .update(CounterItemMapper.checkpointMove(table, lane, expected, next, now.plus(CHECKPOINT_RETENTION)))
                .build());
        delta.campaigns().forEach((campaignId, campaign) -> {
            actions.add(update(CounterItemMapper.addition(table, CounterKeys.totals(campaignId),
                    Map.of(CounterItemMapper.VOTES, campaign.votes()), campaign.candidates(),
                    Map.of(CounterItemMapper.UPDATED_AT, AttributeValue.fromS(now.toString())))));
            for (Map.Entry<LocalDate, VoteCountDelta.DayDelta> day : campaign.days().entrySet()) {
                Map<String, Long> fixed = new LinkedHashMap<>();
                fixed.put(CounterItemMapper.VOTES, day.getValue().votes());
                fixed.put(CounterItemMapper.VOTERS, day.getValue().voters());
                actions.add(update(CounterItemMapper.addition(table, CounterKeys.day(campaignId, day.getKey()),
                        fixed, day.getValue().candidates(), Map.of())));
            }
            for (Map.Entry<Instant, Long> hour : campaign.hours().entrySet()) {
                actions.add(update(CounterItemMapper.addition(table, CounterKeys.hour(campaignId, hour.getKey()),
                        Map.of(CounterItemMapper.VOTES, hour.getValue()), Map.of(), Map.of())));
            }
        });
        try {
            // Every shard's commits touch the same campaign totals, day and hour items, so concurrent
            // shards cancel each other (TransactionConflict) at peak; Transactions tries again, which
            // the checkpoint condition makes harmless.
            Transactions.write(dynamo, actions);
            return true;
        } catch (TransactionCanceledException cancelled) {
            if (Transactions.conditionFailed(cancelled, 0)) {
                return false;
            }
            throw cancelled;
        }
    }

    private static TransactWriteItem update(Update update) {
        return TransactWriteItem.builder().update(update).build();
    }

    @Override
    public CommitLimits commitLimits() {
        return LIMITS;
    }

    @Override
    public VoteTotals totals(String campaignId) {
        var response = dynamo.getItem(b -> b.tableName(table).key(CounterKeys.totals(campaignId)));
        return response.hasItem() ? CounterItemMapper.totals(response.item()) : VoteTotals.none();
    }
}
