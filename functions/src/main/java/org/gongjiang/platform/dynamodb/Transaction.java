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

    /**
     * Writes every action or none and says how it went: {@code written}, or the outcome of the first of
     * {@code failures} (in the order given) whose action's condition failed. Any other cancellation is
     * thrown: it is not an answer to the caller's question.
     */
    @SafeVarargs
    public final <T> T write(DynamoDbClient dynamo, T written, Failure<T>... failures) {
        try {
            write(dynamo);
            return written;
        } catch (TransactionCanceledException cancelled) {
            for (Failure<T> failure : failures) {
                if (conditionFailed(cancelled, failure.action())) {
                    return failure.outcome();
                }
            }
            throw cancelled;
        }
    }

    /** What a write answers when the condition of {@code action} failed. */
    public record Failure<T>(int action, T outcome) {
    }

    public static <T> Failure<T> ifFailed(int action, T outcome) {
        return new Failure<>(action, outcome);
    }

    /** Whether the action added as {@code action} was cancelled because its condition failed. */
    public boolean conditionFailed(TransactionCanceledException cancelled, int action) {
        return action != NOT_ADDED && Transactions.conditionFailed(cancelled, action);
    }
}
