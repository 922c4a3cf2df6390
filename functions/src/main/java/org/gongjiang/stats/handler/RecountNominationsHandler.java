package org.gongjiang.stats.handler;

import org.gongjiang.platform.application.CounterRecount;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.RecountHandler;
import org.gongjiang.stats.dynamodb.DynamoNominationRecountStore;

/** The operator's recount of a campaign's nomination statistics from NominationsTable (see {@link RecountHandler}). */
public final class RecountNominationsHandler extends RecountHandler {

    public RecountNominationsHandler() {
        this(new CounterRecount(new DynamoNominationRecountStore(Wiring.dynamo(), Wiring.table(Wiring.NOMINATIONS_TABLE),
                Wiring.table(Wiring.COUNTERS_TABLE)), Wiring.clock()));
    }

    public RecountNominationsHandler(CounterRecount recounts) {
        super(recounts, "nominations");
    }
}
