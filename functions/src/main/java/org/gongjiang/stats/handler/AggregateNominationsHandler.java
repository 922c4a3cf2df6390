package org.gongjiang.stats.handler;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import java.util.List;
import org.gongjiang.platform.handler.StreamAggregationHandler;
import org.gongjiang.platform.stream.AggregationOutcome;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.platform.stream.StreamPosition;
import org.gongjiang.stats.application.NominationStatsAggregator;
import org.gongjiang.stats.dynamodb.NominationStreamRecords;
import org.gongjiang.stats.dynamodb.StatsWiring;
import org.gongjiang.stats.model.NominationChange;

/** The nominations table's stream consumer: keeps the nomination statistics counters, exactly once. */
public final class AggregateNominationsHandler extends StreamAggregationHandler<NominationChange> {

    private final NominationStatsAggregator aggregator;

    public AggregateNominationsHandler() {
        this(StatsWiring.nominationAggregator());
    }

    public AggregateNominationsHandler(NominationStatsAggregator aggregator) {
        this.aggregator = aggregator;
    }

    @Override
    protected LaneFolder.Change<NominationChange> change(StreamPosition position, DynamodbStreamRecord record) {
        return NominationStreamRecords.change(position, record.getEventName(), record.getDynamodb().getOldImage(),
                record.getDynamodb().getNewImage());
    }

    @Override
    protected AggregationOutcome aggregate(String lane, List<LaneFolder.Change<NominationChange>> changes) {
        return aggregator.aggregate(lane, changes);
    }

    @Override
    protected String counting() {
        return "nomination changes";
    }
}
