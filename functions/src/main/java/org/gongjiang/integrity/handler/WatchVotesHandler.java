package org.gongjiang.integrity.handler;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import java.util.List;
import org.gongjiang.integrity.application.VoteWatch;
import org.gongjiang.integrity.dynamodb.IntegrityWiring;
import org.gongjiang.integrity.dynamodb.WatchStreamRecords;
import org.gongjiang.integrity.model.WatchedVote;
import org.gongjiang.platform.handler.StreamAggregationHandler;
import org.gongjiang.platform.stream.AggregationOutcome;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.platform.stream.StreamPosition;

/** The votes table's second stream consumer: logs each vote cast, with its signals, for the integrity watch, exactly once. */
public final class WatchVotesHandler extends StreamAggregationHandler<WatchedVote> {

    private final VoteWatch watch;

    public WatchVotesHandler() {
        this(IntegrityWiring.watch());
    }

    public WatchVotesHandler(VoteWatch watch) {
        this.watch = watch;
    }

    @Override
    protected LaneFolder.Change<WatchedVote> change(StreamPosition position, DynamodbStreamRecord record) {
        return WatchStreamRecords.change(position, record.getEventName(), record.getDynamodb().getOldImage(),
                record.getDynamodb().getNewImage());
    }

    @Override
    protected AggregationOutcome aggregate(String lane, List<LaneFolder.Change<WatchedVote>> changes) {
        return watch.watch(lane, changes);
    }

    @Override
    protected String counting() {
        return "votes watched";
    }
}
