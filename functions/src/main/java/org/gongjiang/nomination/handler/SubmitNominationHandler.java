package org.gongjiang.nomination.handler;

import org.gongjiang.nomination.model.NominationMessages;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.nomination.application.NominationService;
import org.gongjiang.nomination.dynamodb.NominationWiring;
import org.gongjiang.nomination.model.NominationForm;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.platform.handler.JsonBody;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.InvalidInputException;
import org.gongjiang.platform.model.Role;

/** POST /v1/campaigns/{campaignId}/nominations (group enterprise), with an optional Idempotency-Key header. */
public final class SubmitNominationHandler extends ApiHandler {

    private final NominationService nominations;

    public SubmitNominationHandler() {
        this(NominationWiring.nominationService(), Wiring.clock());
    }

    public SubmitNominationHandler(NominationService nominations, Clock clock) {
        super(clock);
        this.nominations = nominations;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Actor actor = Actors.of(request);
        actor.require(Role.ENTERPRISE);
        Optional<String> key = idempotencyKey(request);
        JsonBody body = JsonBody.parse(request, NominationForms.MAX_BODY_BYTES);
        NominationForm form = NominationForms.read(body);
        String campaignId = request.pathParameter("campaignId");
        NominationService.Submitted submitted = nominations.submit(actor, campaignId, form, body.errors(), key,
                digest(campaignId, body.canonical()));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", "/v1/campaigns/" + submitted.campaignId() + "/nominations/" + submitted.nominationId());
        if (submitted.replayed()) {
            headers.put("Idempotent-Replayed", "true");
        }
        return ApiResponses.json(201, NominationViews.submitted(submitted.campaignId(), submitted.nominationId(),
                submitted.submittedAt().toString()), ApiResponses.NO_STORE, headers);
    }

    private static Optional<String> idempotencyKey(ApiRequest request) {
        Optional<String> key = request.header("idempotency-key");
        if (key.isPresent() && (key.get().isEmpty() || key.get().length() > 128
                || !key.get().chars().allMatch(c -> c >= 0x21 && c <= 0x7e))) {
            throw InvalidInputException.of(List.of(FieldError.query("Idempotency-Key", "format", NominationMessages.IDEMPOTENCY_KEY_HEADER.text())));
        }
        return key;
    }

    /** What identifies a request for Idempotency-Key purposes: its campaign and its body (as JSON, whatever its spacing or order). */
    private static String digest(String campaignId, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.valueOf(campaignId).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
