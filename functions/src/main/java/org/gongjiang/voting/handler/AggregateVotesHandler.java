package org.gongjiang.voting.handler;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import java.util.List;
import java.util.Optional;
import org.gongjiang.platform.handler.StreamAggregationHandler;
import org.gongjiang.platform.stream.AggregationOutcome;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.platform.stream.StreamPosition;
import org.gongjiang.voting.application.VoteAggregator;
import org.gongjiang.voting.dynamodb.DynamoBallotStore;
import org.gongjiang.voting.dynamodb.VotingWiring;
import org.gongjiang.voting.model.VoteEvent;

/** The votes table's stream consumer: folds each batch into the vote counters exactly once. */
public final class AggregateVotesHandler extends StreamAggregationHandler<VoteEvent> {

    private final VoteAggregator aggregator;

    public AggregateVotesHandler() {
        this(VotingWiring.aggregator());
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
