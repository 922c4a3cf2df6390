package org.gongjiang.platform.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.DynamodbTimeWindowEvent;
import com.amazonaws.services.lambda.runtime.events.TimeWindowEventResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gongjiang.platform.stream.AggregationOutcome;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.platform.stream.StreamPosition;

/**
 * A table stream's consumer that folds each batch into counters exactly once.
 *
 * <p>The event source mapping is configured with a tumbling window only because tumbling-window events
 * carry the shard id, which plain stream events do not; the window's state is not used (always
 * returned empty, as Lambda requires a {@code state} in the response). The shard id names the
 * checkpoint lane that makes redelivery harmless; see {@link LaneFolder}.
 *
 * @param <T> what one record counts for
 */
public abstract class StreamAggregationHandler<T> implements RequestHandler<DynamodbTimeWindowEvent, TimeWindowEventResponse> {

    /** Records per delivered batch (CloudWatch, namespace Gongjiang, dimension Function). */
    public static final String BATCH_SIZE = "BatchSize";
    /**
     * Age of the newest record committed by a batch when the commit is done: from its
     * ApproximateCreationDateTime (whole seconds, rounded down by DynamoDB, so up to 1 s more than true).
     */
    public static final String AGGREGATION_LAG = "AggregationLag";

    /** What a record counts for, if anything. */
    protected abstract LaneFolder.Change<T> change(StreamPosition position, DynamodbStreamRecord record);

    protected abstract AggregationOutcome aggregate(String lane, List<LaneFolder.Change<T>> changes);

    /** What is counted, for the log ("votes"). */
    protected abstract String counting();

    @Override
    public TimeWindowEventResponse handleRequest(DynamodbTimeWindowEvent event, Context context) {
        List<DynamodbStreamRecord> records = event.getRecords() == null ? List.of() : event.getRecords();
        if (records.isEmpty()) {
            return response(List.of());
        }
        if (event.getShardId() == null || event.getShardId().isBlank()) {
            // Without the shard there is no lane to check redelivery against: refuse rather than risk
            // counting twice. Lambda retries, then parks the batch in the on-failure destination.
            throw new IllegalStateException("stream event without shardId: the event source mapping must set "
                    + "TumblingWindowInSeconds (see template.yaml)");
        }
        String lane = lane(event, records);
        Map<StreamPosition, String> sequenceNumbers = new HashMap<>();
        List<LaneFolder.Change<T>> changes = new ArrayList<>(records.size());
        for (DynamodbStreamRecord record : records) {
            String sequenceNumber = record.getDynamodb().getSequenceNumber();
            StreamPosition position = StreamPosition.of(sequenceNumber);
            sequenceNumbers.put(position, sequenceNumber);
            changes.add(change(position, record));
        }
        AggregationOutcome outcome = aggregate(lane, changes);
        FunctionLog.info(context, "aggregated " + records.size() + " records of " + event.getShardId() + ": "
                + outcome.counted() + " " + counting() + " counted, " + outcome.recordsSkipped() + " already counted");
        writeMetrics(context, records, outcome);
        if (outcome.isComplete()) {
            return response(List.of());
        }
        String resumeAt = sequenceNumbers.get(outcome.firstUnapplied().orElseThrow());
        FunctionLog.error(context, "counters not updated from sequence number " + resumeAt
                + "; reporting it as the first failed record so Lambda retries from there", outcome.failure().orElse(null));
        return response(List.of(resumeAt));
    }

    private static void writeMetrics(Context context, List<DynamodbStreamRecord> records, AggregationOutcome outcome) {
        // real time, not the function's clock (which the local stack can move): the records are dated by DynamoDB
        Instant now = Instant.now();
        FunctionMetrics metrics = FunctionMetrics.of(context).count(BATCH_SIZE, records.size());
        newestCommitted(records, outcome).ifPresent(newest ->
                metrics.milliseconds(AGGREGATION_LAG, Math.max(0, Duration.between(newest, now).toMillis())));
        metrics.flush(now);
    }

    /**
     * When the newest record now in the counters was written: of the whole batch when it is complete,
     * else of the records before the first one not applied; empty when none was, or none is dated.
     */
    static Optional<Instant> newestCommitted(List<DynamodbStreamRecord> records, AggregationOutcome outcome) {
        return records.stream()
                .filter(record -> outcome.firstUnapplied()
                        .map(first -> first.isAfter(StreamPosition.of(record.getDynamodb().getSequenceNumber())))
                        .orElse(true))
                .map(record -> record.getDynamodb().getApproximateCreationDateTime())
                .filter(Objects::nonNull)
                .map(Date::toInstant)
                .max(Comparator.naturalOrder());
    }

    private static String lane(DynamodbTimeWindowEvent event, List<DynamodbStreamRecord> records) {
        String stream = event.getEventSourceArn() != null ? event.getEventSourceArn() : records.getFirst().getEventSourceARN();
        return stream + "/" + event.getShardId();
    }

    private static TimeWindowEventResponse response(List<String> failedSequenceNumbers) {
        return TimeWindowEventResponse.builder()
                .withState(Map.of())
                .withBatchItemFailures(failedSequenceNumbers.stream()
                        .map(id -> TimeWindowEventResponse.BatchItemFailure.builder().withItemIdentifier(id).build())
                        .toList())
                .build();
    }
}
