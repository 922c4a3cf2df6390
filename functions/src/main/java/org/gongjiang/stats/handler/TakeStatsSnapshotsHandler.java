package org.gongjiang.stats.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.Map;
import org.gongjiang.platform.handler.FunctionLog;
import org.gongjiang.stats.application.StatsSnapshots;
import org.gongjiang.stats.dynamodb.StatsWiring;

/**
 * Runs on a schedule (EventBridge): freezes the statistics of every campaign whose vote has closed.
 * The event is taken as a plain map: nothing in it is needed but the fact that it came.
 */
public final class TakeStatsSnapshotsHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final StatsSnapshots snapshots;

    public TakeStatsSnapshotsHandler() {
        this(StatsWiring.snapshots());
    }

    public TakeStatsSnapshotsHandler(StatsSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        List<String> taken = snapshots.takeDue();
        String message = taken.isEmpty() ? "no statistics snapshot due" : "statistics snapshots taken: " + String.join(", ", taken);
        FunctionLog.info(context, message);
        return Map.of("snapshots", taken);
    }
}
