package org.gongjiang.attachment.handler;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjiang.attachment.application.AttachmentService;
import org.gongjiang.attachment.application.ObjectStore;
import org.gongjiang.attachment.model.Attachment;

/** An attachment as JSON: never its keys in the bucket; a link only where the reader may fetch it. */
public final class AttachmentViews {

    private AttachmentViews() {
    }

    public static Map<String, Object> view(Attachment attachment) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("attachmentId", attachment.attachmentId());
        view.put("nominationId", attachment.nominationId());
        view.put("kind", attachment.kind().wire());
        view.put("contentType", attachment.type().mediaType());
        view.put("size", attachment.isStored() ? attachment.size() : attachment.declaredSize());
        view.put("fileName", attachment.fileName());
        view.put("status", attachment.status().name().toLowerCase(java.util.Locale.ROOT));
        view.put("createdAt", attachment.createdAt().toString());
        attachment.checkedAt().ifPresent(at -> view.put("checkedAt", at.toString()));
        return view;
    }

    public static Map<String, Object> upload(AttachmentService.Upload upload) {
        Map<String, Object> view = view(upload.attachment());
        view.put("upload", request(upload.request(), true));
        return view;
    }

    public static Map<String, Object> visible(AttachmentService.Visible visible) {
        Map<String, Object> view = view(visible.attachment());
        visible.download().ifPresent(download -> view.put("download", request(download, false)));
        return view;
    }

    private static Map<String, Object> request(ObjectStore.PresignedRequest request, boolean withHeaders) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("url", request.url());
        view.put("method", request.method());
        if (withHeaders) {
            view.put("headers", request.headers());
        }
        view.put("expiresAt", request.expiresAt().toString());
        return view;
    }

}
