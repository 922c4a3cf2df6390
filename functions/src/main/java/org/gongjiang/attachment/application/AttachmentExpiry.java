package org.gongjiang.attachment.application;

import org.gongjiang.attachment.model.Attachment;

/**
 * Files go with the nominee's personal data: an attachment's record carries the nomination's
 * {@code expiresAt}, DynamoDB's TTL removes it then, and its removal on the nominations stream deletes
 * its objects here. A record this capability deleted itself (a refused file, a replaced photo) comes
 * the same way; its objects are already gone and are deleted again, harmlessly. The bucket's lifecycle
 * rules are the backstop.
 */
public final class AttachmentExpiry {

    private final ObjectStore objects;

    public AttachmentExpiry(ObjectStore objects) {
        this.objects = objects;
    }

    public void forget(Attachment attachment) {
        objects.delete(attachment.uploadKey());
        objects.delete(attachment.storedKey());
    }
}
