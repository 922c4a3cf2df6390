package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import java.util.List;
import org.gongjiang.domain.AggregationOutcome;
import org.gongjiang.domain.LaneFolder;
import org.gongjiang.domain.NominationChange;
import org.gongjiang.domain.NominationStatsAggregator;
import org.gongjiang.domain.StreamPosition;
import org.gongjiang.store.dynamodb.DynamoNominationStore;

/** The nominations table's stream consumer: keeps the nomination statistics counters, exactly once. */
public final class AggregateNominationsHandler extends StreamAggregationHandler<NominationChange> {

    private final NominationStatsAggregator aggregator;

    public AggregateNominationsHandler() {
        this(new NominationStatsAggregator(Wiring.nominationCounters(Wiring.dynamo()), Wiring.clock()));
    }

    public AggregateNominationsHandler(NominationStatsAggregator aggregator) {
        this.aggregator = aggregator;
    }

    @Override
    protected LaneFolder.Change<NominationChange> change(StreamPosition position, DynamodbStreamRecord record) {
        return DynamoNominationStore.changeFromStream(position, record.getEventName(), record.getDynamodb().getOldImage(),
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
