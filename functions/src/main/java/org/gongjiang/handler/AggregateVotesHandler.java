package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import java.util.List;
import java.util.Optional;
import org.gongjiang.domain.AggregationOutcome;
import org.gongjiang.domain.LaneFolder;
import org.gongjiang.domain.StreamPosition;
import org.gongjiang.domain.VoteAggregator;
import org.gongjiang.domain.VoteEvent;
import org.gongjiang.store.dynamodb.DynamoBallotStore;

/** The votes table's stream consumer: folds each batch into the vote counters exactly once. */
public final class AggregateVotesHandler extends StreamAggregationHandler<VoteEvent> {

    private final VoteAggregator aggregator;

    public AggregateVotesHandler() {
        this(new VoteAggregator(Wiring.counters(Wiring.dynamo()), Wiring.clock()));
    }

    public AggregateVotesHandler(VoteAggregator aggregator) {
        this.aggregator = aggregator;
    }

    @Override
    protected LaneFolder.Change<VoteEvent> change(StreamPosition position, DynamodbStreamRecord record) {
        return "REMOVE".equals(record.getEventName())
                ? new LaneFolder.Change<>(position, Optional.empty())
                : DynamoBallotStore.changeFromStream(position, record.getDynamodb().getOldImage(), record.getDynamodb().getNewImage());
    }

    @Override
    protected AggregationOutcome aggregate(String lane, List<LaneFolder.Change<VoteEvent>> changes) {
        return aggregator.aggregate(lane, changes);
    }

    @Override
    protected String counting() {
        return "votes";
    }
}
