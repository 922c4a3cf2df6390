package org.gongjiang.integrity.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Instant;
import java.util.Map;
import org.gongjiang.integrity.application.IntegrityDetection;
import org.gongjiang.integrity.dynamodb.IntegrityWiring;
import org.gongjiang.platform.handler.FunctionLog;
import org.gongjiang.platform.handler.FunctionMetrics;

/**
 * Runs on a schedule (EventBridge, every minute): evaluates every campaign's windows of votes that are
 * over and settled, and raises what the integrity rules find. The event is taken as a plain map.
 */
public final class DetectIntegrityHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    /** Alerts raised by one run, over every campaign (CloudWatch, namespace Gongjiang, dimension Function). */
    public static final String INTEGRITY_ALERTS = "IntegrityAlerts";

    private final IntegrityDetection detection;

    public DetectIntegrityHandler() {
        this(IntegrityWiring.detection());
    }

    public DetectIntegrityHandler(IntegrityDetection detection) {
        this.detection = detection;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        IntegrityDetection.Run run = detection.detectDue();
        FunctionLog.info(context, run.windowsEvaluated().isEmpty() ? "no window of votes due for evaluation"
                : "windows evaluated " + run.windowsEvaluated() + ", alerts raised " + run.alertsRaised());
        long alerts = run.alertsRaised().values().stream().mapToLong(Number::longValue).sum();
        FunctionMetrics.of(context).count(INTEGRITY_ALERTS, alerts).flush(Instant.now());
        return Map.of("windowsEvaluated", run.windowsEvaluated(), "alertsRaised", run.alertsRaised());
    }
}
