package org.gongjiang.integrity.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import org.gongjiang.integrity.application.IntegrityDetection;
import org.gongjiang.integrity.dynamodb.IntegrityWiring;
import org.gongjiang.platform.handler.FunctionLog;

/**
 * Runs on a schedule (EventBridge, every minute): evaluates every campaign's windows of votes that are
 * over and settled, and raises what the integrity rules find. The event is taken as a plain map.
 */
public final class DetectIntegrityHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

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
        return Map.of("windowsEvaluated", run.windowsEvaluated(), "alertsRaised", run.alertsRaised());
    }
}
