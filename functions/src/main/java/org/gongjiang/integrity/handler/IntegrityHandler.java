package org.gongjiang.integrity.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.integrity.application.AuditService;
import org.gongjiang.integrity.dynamodb.IntegrityWiring;
import org.gongjiang.integrity.model.IntegrityMessages;
import org.gongjiang.integrity.model.VoidRecord;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.platform.handler.JsonBody;
import org.gongjiang.platform.handler.JsonFields;
import org.gongjiang.platform.model.Actor;

/**
 * The auditors' routes under /v1/campaigns/{campaignId}/integrity (group auditor): GET alerts, GET
 * alerts/{alertId} (with the evidence), POST voids {candidateId, alertId | voters | network, from, to,
 * reason}, GET voids, GET voids/{voidId}, POST voids/{voidId}/confirmation (a second auditor), POST
 * voids/{voidId}/restoration {reason}, GET and POST suspensions {voterId, reason}, DELETE
 * suspensions/{voterId}, GET audit (auditors and admins).
 */
public final class IntegrityHandler extends ApiHandler {

    private static final String BASE = "/v1/campaigns/{campaignId}/integrity";
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final AuditService audits;

    public IntegrityHandler() {
        this(IntegrityWiring.auditService(), Wiring.clock());
    }

    public IntegrityHandler(AuditService audits, Clock clock) {
        super(clock);
        this.audits = audits;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Actor actor = Actors.of(request);
        String campaignId = request.pathParameter("campaignId");
        String route = request.routeKey();
        return switch (route) {
            case "GET " + BASE + "/alerts" -> ok(IntegrityViews.list(campaignId, "alerts",
                    audits.alerts(actor, campaignId).stream().map(alert -> IntegrityViews.alert(alert, false)).toList()));
            case "GET " + BASE + "/alerts/{alertId}" ->
                    ok(IntegrityViews.alert(audits.alert(actor, campaignId, request.pathParameter("alertId")), true));
            case "POST " + BASE + "/voids" -> {
                VoidRecord record = audits.requestVoid(actor, campaignId, voidRequest(request));
                yield ApiResponses.json(201, IntegrityViews.voidRecord(record, false), ApiResponses.NO_STORE,
                        Map.of("Location", "/v1/campaigns/" + campaignId + "/integrity/voids/" + record.voidId()));
            }
            case "GET " + BASE + "/voids" -> ok(IntegrityViews.list(campaignId, "voids",
                    audits.voids(actor, campaignId).stream().map(record -> IntegrityViews.voidRecord(record, false)).toList()));
            case "GET " + BASE + "/voids/{voidId}" ->
                    ok(IntegrityViews.voidRecord(audits.voidRecord(actor, campaignId, request.pathParameter("voidId")), true));
            case "POST " + BASE + "/voids/{voidId}/confirmation" -> {
                noBody(request);
                yield ok(IntegrityViews.voidRecord(audits.confirmVoid(actor, campaignId, request.pathParameter("voidId")), false));
            }
            case "POST " + BASE + "/voids/{voidId}/restoration" -> {
                JsonBody body = JsonBody.parse(request);
                Optional<String> reason = body.fields("reason").text("reason", true, 500);
                body.requireValid();
                yield ok(IntegrityViews.voidRecord(audits.restoreVoid(actor, campaignId, request.pathParameter("voidId"),
                        reason.orElseThrow()), false));
            }
            case "GET " + BASE + "/suspensions" -> ok(Map.of("campaignId", campaignId,
                    "suspended", audits.suspended(actor, campaignId).stream().sorted().toList()));
            case "POST " + BASE + "/suspensions" -> {
                JsonBody body = JsonBody.parse(request);
                JsonFields fields = body.fields("voterId", "reason");
                Optional<String> voterId = fields.string("voterId", true, 64);
                Optional<String> reason = fields.text("reason", true, 500);
                body.requireValid();
                audits.suspend(actor, campaignId, voterId.orElseThrow(), reason.orElseThrow());
                yield ApiResponses.json(201, Map.of("campaignId", campaignId, "voterId", voterId.get(), "suspended", true),
                        ApiResponses.NO_STORE);
            }
            case "DELETE " + BASE + "/suspensions/{voterId}" -> {
                audits.lift(actor, campaignId, request.pathParameter("voterId"));
                yield ok(Map.of("campaignId", campaignId, "voterId", request.pathParameter("voterId"), "suspended", false));
            }
            case "GET " + BASE + "/audit" -> ok(IntegrityViews.list(campaignId, "actions",
                    audits.auditTrail(actor, campaignId).stream().map(IntegrityViews::audit).toList()));
            default -> throw new IllegalStateException("no integrity route " + route);
        };
    }

    private static APIGatewayV2HTTPResponse ok(Map<String, Object> body) {
        return ApiResponses.json(200, body, ApiResponses.NO_STORE);
    }

    private static AuditService.VoidRequest voidRequest(ApiRequest request) {
        JsonBody body = JsonBody.parse(request, MAX_BODY_BYTES);
        JsonFields fields = body.fields("candidateId", "alertId", "voters", "network", "from", "to", "reason");
        Optional<String> candidateId = fields.string("candidateId", true, 64);
        Optional<String> alertId = fields.string("alertId", false, 40);
        Optional<List<String>> voters = fields.strings("voters", false, 1_000, 64);
        Optional<String> network = fields.string("network", false, 16);
        Optional<Instant> from = instant(fields, "from");
        Optional<Instant> to = instant(fields, "to");
        Optional<String> reason = fields.text("reason", true, 500);
        body.requireValid();
        return new AuditService.VoidRequest(candidateId.orElseThrow(), alertId, voters.orElse(List.of()), network, from, to,
                reason.orElseThrow());
    }

    private static Optional<Instant> instant(JsonFields fields, String name) {
        Optional<String> text = fields.string(name, false, 40);
        try {
            return text.map(value -> OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            fields.error(name, "date-time", IntegrityMessages.DATE_TIME.text(text.get()));
            return Optional.empty();
        }
    }

    /** Steps without parameters take no body, or an empty object. */
    private static void noBody(ApiRequest request) {
        if (request.body().length > 0) {
            JsonBody body = JsonBody.parse(request);
            body.fields();
            body.requireValid();
        }
    }
}
