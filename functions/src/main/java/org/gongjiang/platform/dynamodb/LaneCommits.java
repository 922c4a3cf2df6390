package org.gongjiang.platform.dynamodb;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.platform.stream.StreamPosition;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A stream shard's checkpoint in CountersTable ({@code lane#<stream>/<shard>}, {@code checkpoint}) and
 * the commit that moves it together with counter additions: the one write pattern of every
 * aggregator (votes, nominations).
 */
public final class LaneCommits {

    // Stream records live 24 hours; a shard's checkpoint is useless a while after that.
    private static final Duration CHECKPOINT_RETENTION = Duration.ofDays(3);
    private static final String POSITION = "position";
    private static final String EXPIRES_AT = "expiresAt";

    private LaneCommits() {
    }

    static Map<String, AttributeValue> checkpointKey(String lane) {
        return CounterItems.key("lane#" + lane, "checkpoint");
    }

    public static Optional<StreamPosition> checkpoint(DynamoDbClient dynamo, String table, String lane) {
        var response = dynamo.getItem(b -> b.tableName(table).key(checkpointKey(lane)).consistentRead(true));
        return response.hasItem() ? Attributes.optionalString(response.item(), POSITION).map(StreamPosition::of) : Optional.empty();
    }

    /**
     * Writes {@code additions} and moves the checkpoint from {@code expected} to {@code next} in one
     * transaction; false, nothing written, when the checkpoint is no longer {@code expected}.
     */
    public static boolean commit(DynamoDbClient dynamo, String table, String lane, Optional<StreamPosition> expected,
                                 StreamPosition next, Instant now, List<Update> additions) {
        Transaction transaction = new Transaction();
        int checkpointAction = transaction.add(TransactWriteItem.builder()
                .update(checkpointMove(table, lane, expected, next, now.plus(CHECKPOINT_RETENTION)))
                .build());
        additions.forEach(update -> transaction.add(TransactWriteItem.builder().update(update).build()));
        // Commits touching the same items at once (shards sharing a vote counter slot, the nomination counters,
        // a recount's switch) cancel each other (TransactionConflict); Transactions tries again, which the
        // checkpoint condition makes harmless.
        return transaction.write(dynamo, true, Transaction.ifFailed(checkpointAction, false));
    }

    /**
     * Moves the checkpoint from {@code expected} to {@code next} alone, for a lane whose writes are not
     * counters (they are repeatable and read back once each); false when it is no longer {@code expected}.
     */
    public static boolean move(DynamoDbClient dynamo, String table, String lane, Optional<StreamPosition> expected,
                               StreamPosition next, Instant now) {
        Update update = checkpointMove(table, lane, expected, next, now.plus(CHECKPOINT_RETENTION));
        try {
            dynamo.updateItem(b -> b.tableName(update.tableName()).key(update.key()).updateExpression(update.updateExpression())
                    .conditionExpression(update.conditionExpression())
                    .expressionAttributeNames(update.expressionAttributeNames())
                    .expressionAttributeValues(update.expressionAttributeValues()));
            return true;
        } catch (ConditionalCheckFailedException moved) {
            return false;
        }
    }

    /** Moves a lane's checkpoint, on condition that it still is {@code expected}. */
    private static Update checkpointMove(String table, String lane, Optional<StreamPosition> expected, StreamPosition next,
                                         Instant expiresAt) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":next", AttributeValue.fromS(next.value()));
        values.put(":expiresAt", Attributes.n(expiresAt.getEpochSecond()));
        expected.ifPresent(position -> values.put(":expected", AttributeValue.fromS(position.value())));
        return Update.builder().tableName(table)
                .key(checkpointKey(lane))
                .updateExpression("SET #position = :next, #expiresAt = :expiresAt")
                .conditionExpression(expected.isPresent() ? "#position = :expected" : "attribute_not_exists(#position)")
                .expressionAttributeNames(Map.of("#position", POSITION, "#expiresAt", EXPIRES_AT))
                .expressionAttributeValues(values)
                .build();
    }
}
