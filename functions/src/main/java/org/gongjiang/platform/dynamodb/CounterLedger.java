package org.gongjiang.platform.dynamodb;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongjiang.platform.stream.CommitLimits;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.platform.stream.StreamPosition;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Counters in CountersTable that a stream's aggregator folds into, with each shard's checkpoint: what
 * every aggregator's store shares. A subclass says which updates a delta is made of.
 *
 * @param <D> the additions of a run of records
 */
public abstract class CounterLedger<D> implements LaneFolder.Ledger<D> {

    // A transaction holds at most 100 actions; one is the checkpoint. 200 named counters keep an update
    // expression well under DynamoDB's 4 KB expression limit.
    private static final CommitLimits LIMITS = new CommitLimits(99, 200);

    protected final DynamoDbClient dynamo;
    protected final String table;

    protected CounterLedger(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /**
     * The updates that add {@code delta}, committed by {@code lane}, to the counters, at most
     * {@link #commitLimits()} of them.
     */
    protected abstract List<Update> additions(D delta, String lane, Instant now);

    @Override
    public Optional<StreamPosition> checkpoint(String lane) {
        return LaneCommits.checkpoint(dynamo, table, lane);
    }

    @Override
    public boolean commit(String lane, Optional<StreamPosition> expected, StreamPosition next, D delta, Instant now) {
        return LaneCommits.commit(dynamo, table, lane, expected, next, now, additions(delta, lane, now));
    }

    /** How much one commit may carry. */
    public CommitLimits commitLimits() {
        return LIMITS;
    }
}
