package org.gongjiang.platform.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.platform.application.CounterRecount;
import org.gongjiang.platform.model.CounterDifference;
import org.gongjiang.platform.model.DomainException;
import org.gongjiang.platform.model.Ids;
import org.gongjiang.platform.model.InvalidInputException;
import org.gongjiang.platform.model.Language;
import org.gongjiang.platform.model.PlatformMessages;

/**
 * An operator's recount, invoked by hand (aws lambda invoke, or local/recount), never by a route:
 * {@code {"campaignId": "...", "action": "rebuild"}} rebuilds the counters into a new generation and
 * compares it with the live ones; {@code "compare"} with a {@code generation} compares again;
 * {@code "switch"} with the {@code generation} and the {@code liveVersion} the comparison showed makes
 * the rebuilt counters live. A refusal answers a problem document (status, type, detail) instead.
 */
public abstract class RecountHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final CounterRecount recounts;
    private final String kind;

    protected RecountHandler(CounterRecount recounts, String kind) {
        this.recounts = recounts;
        this.kind = kind;
    }

    @Override
    public final Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        try {
            String campaignId = text(event, "campaignId");
            if (!Ids.isCampaignId(campaignId)) {
                throw invalid("campaignId is not a campaign id");
            }
            String action = text(event, "action");
            Map<String, Object> answer = switch (action) {
                case "rebuild" -> {
                    CounterRecount.Rebuild rebuild = recounts.rebuild(campaignId);
                    Map<String, Object> view = view(rebuild.comparison());
                    view.putAll(rebuild.figures());
                    yield view;
                }
                case "compare" -> view(recounts.compare(campaignId, text(event, "generation")));
                case "switch" -> {
                    Object version = event.get("liveVersion");
                    Map<String, Object> view = view(recounts.switchTo(campaignId, text(event, "generation"),
                            version == null || String.valueOf(version).isEmpty() ? Optional.empty() : Optional.of(String.valueOf(version))));
                    view.put("switched", true);
                    yield view;
                }
                default -> throw invalid("action must be rebuild, compare or switch");
            };
            FunctionLog.info(context, kind + " recount " + action + " of " + campaignId + ": "
                    + ((List<?>) answer.get("differences")).size() + " counters differ");
            return answer;
        } catch (DomainException refusal) {
            Map<String, Object> problem = new LinkedHashMap<>(Problems.document(refusal.type(), refusal.title(), refusal.detail(),
                    Problems.statusOf(refusal), Language.EN, "recount", ""));
            problem.putAll(refusal.extensions());
            return problem;
        }
    }

    private Map<String, Object> view(CounterRecount.Comparison comparison) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("counters", kind);
        view.put("campaignId", comparison.campaignId());
        view.put("generation", comparison.generation());
        view.put("liveVersion", comparison.liveVersion().orElse(""));
        view.put("differences", comparison.differences().stream().map(RecountHandler::view).toList());
        return view;
    }

    private static Map<String, Object> view(CounterDifference difference) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("item", difference.item());
        view.put("counter", difference.counter());
        view.put("live", difference.live());
        view.put("recounted", difference.recounted());
        view.put("change", difference.change());
        return view;
    }

    private static String text(Map<String, Object> event, String name) {
        Object value = event == null ? null : event.get(name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw invalid(name + " is required (a string)");
        }
        return text;
    }

    private static InvalidInputException invalid(String what) {
        return new InvalidInputException("invalid-request", PlatformMessages.RECOUNT_REQUEST_INVALID.text(what), List.of());
    }
}
