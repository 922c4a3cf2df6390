package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gongjiang.domain.StatsSnapshots;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs on a schedule (EventBridge): freezes the statistics of every campaign whose vote has closed.
 * The event is taken as a plain map: nothing in it is needed but the fact that it came.
 */
public final class TakeStatsSnapshotsHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    static final String SETTLE = "SNAPSHOT_SETTLE";

    private final StatsSnapshots snapshots;

    public TakeStatsSnapshotsHandler() {
        this(Wiring.dynamo());
    }

    private TakeStatsSnapshotsHandler(DynamoDbClient dynamo) {
        this(new StatsSnapshots(Wiring.campaigns(dynamo), Wiring.candidateStore(dynamo), Wiring.stats(dynamo),
                Duration.parse(Environment.optional(SETTLE).orElse("PT15M")), Wiring.clock()));
    }

    public TakeStatsSnapshotsHandler(StatsSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        List<String> taken = snapshots.takeDue();
        String message = taken.isEmpty() ? "no statistics snapshot due" : "statistics snapshots taken: " + String.join(", ", taken);
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(message, LogLevel.INFO);
        } else {
            System.out.println(message);
        }
        return Map.of("snapshots", taken);
    }
}
