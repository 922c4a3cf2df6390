package org.gongjiang.store.dynamodb;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.gongjiang.domain.CommitLimits;
import org.gongjiang.domain.StreamPosition;
import org.gongjiang.domain.VoteCountDelta;
import org.gongjiang.domain.VoteTotals;
import org.gongjiang.store.VoteCounterStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
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
    private static final int MAX_ATTEMPTS = 8;
    private static final Set<String> TRANSIENT_REASONS =
            Set.of("TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded", "RequestLimitExceeded");

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
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(b -> b.transactItems(actions));
                return true;
            } catch (TransactionCanceledException cancelled) {
                if (checkpointMoved(cancelled)) {
                    return false;
                }
                // Every shard's commits touch the same campaign totals, day and hour items, so
                // concurrent shards cancel each other (TransactionConflict) at peak. Trying the very
                // same transaction again is safe: the checkpoint condition stops a double count.
                if (attempt >= MAX_ATTEMPTS || !isTransient(cancelled)) {
                    throw cancelled;
                }
                pause(attempt);
            }
        }
    }

    static boolean isTransient(TransactionCanceledException cancelled) {
        if (!cancelled.hasCancellationReasons()) {
            return false;
        }
        boolean transientSeen = false;
        for (CancellationReason reason : cancelled.cancellationReasons()) {
            String code = reason.code();
            if (code == null || code.equals("None")) {
                continue;
            }
            if (!TRANSIENT_REASONS.contains(code)) {
                return false;
            }
            transientSeen = true;
        }
        return transientSeen;
    }

    private static void pause(int attempt) {
        long cap = Math.min(1000, 25L << Math.min(attempt, 6));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a counter commit", e);
        }
    }

    private static TransactWriteItem update(Update update) {
        return TransactWriteItem.builder().update(update).build();
    }

    private static boolean checkpointMoved(TransactionCanceledException cancelled) {
        if (!cancelled.hasCancellationReasons() || cancelled.cancellationReasons().isEmpty()) {
            return false;
        }
        CancellationReason checkpoint = cancelled.cancellationReasons().getFirst();
        return "ConditionalCheckFailed".equals(checkpoint.code());
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
