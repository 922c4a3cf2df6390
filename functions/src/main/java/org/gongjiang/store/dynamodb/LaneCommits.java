package org.gongjiang.store.dynamodb;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongjiang.domain.StreamPosition;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A stream shard's checkpoint in CountersTable and the commit that moves it together with counter
 * additions: the one write pattern of every aggregator (votes, nominations).
 */
final class LaneCommits {

    // Stream records live 24 hours; a shard's checkpoint is useless a while after that.
    private static final Duration CHECKPOINT_RETENTION = Duration.ofDays(3);

    private LaneCommits() {
    }

    static Optional<StreamPosition> checkpoint(DynamoDbClient dynamo, String table, String lane) {
        var response = dynamo.getItem(b -> b.tableName(table).key(CounterKeys.checkpoint(lane)).consistentRead(true));
        return response.hasItem() ? CounterItemMapper.checkpoint(response.item()) : Optional.empty();
    }

    /**
     * Writes {@code additions} and moves the checkpoint from {@code expected} to {@code next} in one
     * transaction; false, nothing written, when the checkpoint is no longer {@code expected}.
     */
    static boolean commit(DynamoDbClient dynamo, String table, String lane, Optional<StreamPosition> expected,
                          StreamPosition next, Instant now, List<Update> additions) {
        List<TransactWriteItem> actions = new ArrayList<>();
        actions.add(TransactWriteItem.builder()
                .update(CounterItemMapper.checkpointMove(table, lane, expected, next, now.plus(CHECKPOINT_RETENTION)))
                .build());
        additions.forEach(update -> actions.add(TransactWriteItem.builder().update(update).build()));
        try {
            // Every shard's commits touch the same campaign items, so concurrent shards cancel each
            // other (TransactionConflict) at peak; Transactions tries again, which the checkpoint
            // condition makes harmless.
            Transactions.write(dynamo, actions);
            return true;
        } catch (TransactionCanceledException cancelled) {
            if (Transactions.conditionFailed(cancelled, 0)) {
                return false;
            }
            throw cancelled;
        }
    }
}
