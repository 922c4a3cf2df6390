package org.gongjiang.attachment.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.attachment.application.AttachmentService;
import org.gongjiang.attachment.dynamodb.AttachmentWiring;
import org.gongjiang.attachment.model.Attachment;
import org.gongjiang.attachment.model.AttachmentKind;
import org.gongjiang.attachment.model.AttachmentMessages;
import org.gongjiang.attachment.model.FileType;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.platform.handler.JsonBody;
import org.gongjiang.platform.handler.JsonFields;
import org.gongjiang.platform.model.Actor;

/**
 * A nomination's files, under /v1/campaigns/{campaignId}/nominations/{nominationId}/attachments:
 * POST (the clerk asks for an upload), POST .../{attachmentId}/complete (the clerk says it is
 * uploaded: the content is checked), GET (the list) and GET .../{attachmentId} (one, with a download
 * link for the review office and the assigned experts).
 */
public final class AttachmentsHandler extends ApiHandler {

    private static final String BASE = "/v1/campaigns/{campaignId}/nominations/{nominationId}/attachments";
    private static final int MAX_FILE_NAME = 200;

    private final AttachmentService attachments;

    public AttachmentsHandler() {
        this(AttachmentWiring.attachmentService(), Wiring.clock());
    }

    public AttachmentsHandler(AttachmentService attachments, Clock clock) {
        super(clock);
        this.attachments = attachments;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Actor actor = Actors.of(request);
        String campaignId = request.pathParameter("campaignId");
        String nominationId = request.pathParameter("nominationId");
        return switch (request.routeKey()) {
            case "POST " + BASE -> {
                AttachmentService.Upload upload = attachments.requestUpload(actor, campaignId, nominationId, uploadRequest(request));
                yield ApiResponses.json(201, AttachmentViews.upload(upload), ApiResponses.NO_STORE,
                        Map.of("Location", "/v1/campaigns/" + campaignId + "/nominations/" + nominationId + "/attachments/"
                                + upload.attachment().attachmentId()));
            }
            case "POST " + BASE + "/{attachmentId}/complete" -> {
                Attachment stored = attachments.complete(actor, campaignId, nominationId, request.pathParameter("attachmentId"));
                yield ApiResponses.json(200, AttachmentViews.view(stored), ApiResponses.NO_STORE);
            }
            case "GET " + BASE -> ApiResponses.json(200, Map.of("campaignId", campaignId, "nominationId", nominationId,
                    "attachments", attachments.list(actor, campaignId, nominationId).stream().map(AttachmentViews::visible).toList()),
                    ApiResponses.NO_STORE);
            case "GET " + BASE + "/{attachmentId}" -> ApiResponses.json(200, AttachmentViews.visible(
                    attachments.get(actor, campaignId, nominationId, request.pathParameter("attachmentId"))), ApiResponses.NO_STORE);
            default -> throw new IllegalStateException("no route " + request.routeKey());
        };
    }

    private static AttachmentService.UploadRequest uploadRequest(ApiRequest request) {
        JsonBody body = JsonBody.parse(request);
        JsonFields fields = body.fields("kind", "contentType", "size", "fileName");
        Optional<AttachmentKind> kind = fields.string("kind", true, 16).flatMap(value -> {
            Optional<AttachmentKind> known = AttachmentKind.fromWire(value);
            if (known.isEmpty()) {
                fields.error("kind", "enum", AttachmentMessages.KIND_UNKNOWN.text());
            }
            return known;
        });
        Optional<FileType> type = fields.string("contentType", true, 64).flatMap(value -> {
            Optional<FileType> known = FileType.fromMediaType(value);
            if (known.isEmpty()) {
                fields.error("contentType", "enum", AttachmentMessages.CONTENT_TYPE_UNKNOWN.text());
            }
            return known;
        });
        Optional<Integer> size = fields.integer("size", true, 1, Integer.MAX_VALUE);
        Optional<String> fileName = fields.string("fileName", true, MAX_FILE_NAME).filter(name -> {
            boolean plain = !name.contains("/") && !name.contains("\\") && !name.equals(".") && !name.equals("..")
                    && name.chars().noneMatch(Character::isISOControl);
            if (!plain) {
                fields.error("fileName", "pattern", AttachmentMessages.FILE_NAME_INVALID.text());
            }
            return plain;
        });
        if (kind.isPresent() && type.isPresent() && !kind.get().accepts(type.get())) {
            fields.error("contentType", "enum", kind.get() == AttachmentKind.PHOTO
                    ? AttachmentMessages.PHOTO_NOT_IMAGE.text() : AttachmentMessages.CONTENT_TYPE_UNKNOWN.text());
        }
        if (kind.isPresent() && size.isPresent() && size.get() > kind.get().maxBytes()) {
            fields.error("size", "range", AttachmentMessages.SIZE_RANGE.text(kind.get().wire(), kind.get().maxBytes()));
        }
        body.requireValid();
        return new AttachmentService.UploadRequest(kind.orElseThrow(), type.orElseThrow(), size.orElseThrow(), fileName.orElseThrow());
    }
}
