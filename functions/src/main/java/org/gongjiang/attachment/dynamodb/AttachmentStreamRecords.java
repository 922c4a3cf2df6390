package org.gongjiang.attachment.dynamodb;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.attachment.model.Attachment;
import org.gongjiang.platform.dynamodb.StreamImages;

/** What an attachment record's removal on the nominations stream says: the attachment that went. */
public final class AttachmentStreamRecords {

    private AttachmentStreamRecords() {
    }

    /** The attachment a REMOVE record took away, if the record is one of an attachment item. */
    public static Optional<Attachment> removed(String eventName, Map<String, AttributeValue> oldImage) {
        if (!"REMOVE".equals(eventName) || oldImage == null) {
            return Optional.empty();
        }
        var image = StreamImages.toSdk(oldImage);
        var sortKey = image.get(org.gongjiang.nomination.dynamodb.NominationKeys.SORT_KEY);
        if (sortKey == null || sortKey.s() == null || !sortKey.s().startsWith(DynamoAttachmentStore.ATTACHMENT_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(DynamoAttachmentStore.fromItem(image));
    }
}
