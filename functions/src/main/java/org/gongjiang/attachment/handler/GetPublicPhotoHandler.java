package org.gongjiang.attachment.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjiang.attachment.application.AttachmentService;
import org.gongjiang.attachment.dynamodb.AttachmentWiring;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;

/**
 * GET /v1/campaigns/{campaignId}/candidates/{candidateId}/photo and
 * GET /v1/campaigns/{campaignId}/notices/{nominationId}/photo (public): the checked photo's bytes,
 * through the API rather than a pre-signed S3 URL, since the pages allow images from their own origin
 * only; for a nominee who consented to publication, on the ballot or on notice; 404 otherwise.
 */
public final class GetPublicPhotoHandler extends ApiHandler {

    static final String CACHE = "public, max-age=60";

    private final AttachmentService attachments;

    public GetPublicPhotoHandler() {
        this(AttachmentWiring.attachmentService(), Wiring.clock());
    }

    public GetPublicPhotoHandler(AttachmentService attachments, Clock clock) {
        super(clock);
        this.attachments = attachments;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        String campaignId = request.pathParameter("campaignId");
        AttachmentService.Photo photo = request.routeKey().contains("/candidates/")
                ? attachments.publicPhoto(campaignId, request.pathParameter("candidateId"), AttachmentService.PublicPlace.BALLOT)
                : attachments.publicPhoto(campaignId, request.pathParameter("nominationId"), AttachmentService.PublicPlace.NOTICE);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", photo.type().mediaType());
        headers.put("Cache-Control", CACHE);
        headers.put("X-Content-Type-Options", "nosniff");
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200)
                .withHeaders(headers)
                .withBody(Base64.getEncoder().encodeToString(photo.content()))
                .withIsBase64Encoded(true)
                .build();
    }
}
