package org.gongjiang.voting.handler;

import org.gongjiang.platform.application.CounterRecount;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.RecountHandler;
import org.gongjiang.voting.dynamodb.DynamoVoteRecountStore;

/** The operator's recount of a campaign's vote counters from VotesTable (see {@link RecountHandler}). */
public final class RecountVotesHandler extends RecountHandler {

    public RecountVotesHandler() {
        this(new CounterRecount(new DynamoVoteRecountStore(Wiring.dynamo(), Wiring.table(Wiring.VOTES_TABLE),
                Wiring.table(Wiring.COUNTERS_TABLE)), Wiring.clock()));
    }

    public RecountVotesHandler(CounterRecount recounts) {
        super(recounts, "votes");
    }
}
