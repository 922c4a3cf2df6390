package org.gongjiang.platform.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.DynamodbTimeWindowEvent;
import com.amazonaws.services.lambda.runtime.events.TimeWindowEventResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        if (outcome.isComplete()) {
            return response(List.of());
        }
        String resumeAt = sequenceNumbers.get(outcome.firstUnapplied().orElseThrow());
        FunctionLog.error(context, "counters not updated from sequence number " + resumeAt
                + "; reporting it as the first failed record so Lambda retries from there", outcome.failure().orElse(null));
        return response(List.of(resumeAt));
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
