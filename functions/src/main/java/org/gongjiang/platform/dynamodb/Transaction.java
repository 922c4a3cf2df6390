package org.gongjiang.platform.dynamodb;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The actions of one DynamoDB transaction. A cancellation reports its reasons by each action's
 * position, so every action is added under the index {@link #add} hands back, and the caller asks
 * about an outcome by that index: adding another action cannot silently remap what a failed condition
 * means.
 */
public final class Transaction {

    /** The index of an action that was not added (an optional part of the transaction). */
    public static final int NOT_ADDED = -1;

    private final List<TransactWriteItem> actions = new ArrayList<>();

    /** Adds {@code action}; the answer names it in {@link #conditionFailed}. */
    public int add(TransactWriteItem action) {
        actions.add(action);
        return actions.size() - 1;
    }

    /** Writes every action or none, trying again on cancellations that pass (see {@link Transactions}). */
    public void write(DynamoDbClient dynamo) {
        Transactions.write(dynamo, List.copyOf(actions));
    }

    /** Whether the action added as {@code action} was cancelled because its condition failed. */
    public boolean conditionFailed(TransactionCanceledException cancelled, int action) {
        return action != NOT_ADDED && Transactions.conditionFailed(cancelled, action);
    }
}
