package org.gongjiang.platform.dynamodb;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Writes a DynamoDB transaction, trying it again when it was cancelled only for reasons that pass
 * (another transaction on the same item, throttling). Every transaction of this project carries the
 * conditions that make a repeat harmless. A cancellation for a condition is thrown for the caller to
 * read: which condition failed is the answer to the caller's question.
 */
public final class Transactions {

    private static final int MAX_ATTEMPTS = 8;
    private static final Set<String> TRANSIENT_REASONS =
            Set.of("TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded", "RequestLimitExceeded");

    private Transactions() {
    }

    public static void write(DynamoDbClient dynamo, List<TransactWriteItem> actions) {
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(b -> b.transactItems(actions));
                return;
            } catch (TransactionCanceledException cancelled) {
                if (attempt >= MAX_ATTEMPTS || !isTransient(cancelled)) {
                    throw cancelled;
                }
                pause(attempt);
            }
        }
    }

    public static boolean isTransient(TransactionCanceledException cancelled) {
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

    /** Whether the action at {@code index} was cancelled because its condition failed. */
    public static boolean conditionFailed(TransactionCanceledException cancelled, int index) {
        return cancelled.hasCancellationReasons() && cancelled.cancellationReasons().size() > index
                && "ConditionalCheckFailed".equals(cancelled.cancellationReasons().get(index).code());
    }

    private static void pause(int attempt) {
        long cap = Math.min(1000, 25L << Math.min(attempt, 6));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }
}
