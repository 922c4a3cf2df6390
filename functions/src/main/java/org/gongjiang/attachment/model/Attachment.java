package org.gongjiang.attachment.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file of a nomination. The upload lands under {@link #uploadKey()} (kept a day at most by the
 * bucket's lifecycle rule); once its content passed the check, the clean file lives under
 * {@link #storedKey()} and {@code size} is its size. Both keys are made of ids only, never of the
 * file name the clerk gave.
 */
public record Attachment(String campaignId, String nominationId, String attachmentId, AttachmentKind kind, FileType type,
                         long declaredSize, String fileName, AttachmentStatus status, long size, String createdBy,
                         Instant createdAt, Optional<Instant> checkedAt, Instant expiresAt) {

    public static final String UPLOADS_PREFIX = "uploads/";
    public static final String FILES_PREFIX = "files/";

    public Attachment {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(nominationId, "nominationId");
        Objects.requireNonNull(attachmentId, "attachmentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public String uploadKey() {
        return UPLOADS_PREFIX + campaignId + "/" + nominationId + "/" + attachmentId;
    }

    public String storedKey() {
        return FILES_PREFIX + campaignId + "/" + nominationId + "/" + attachmentId + "." + type.extension();
    }

    /** Where every file of a nomination lives (what expiry deletes). */
    public static String nominationPrefix(String prefix, String campaignId, String nominationId) {
        return prefix + campaignId + "/" + nominationId + "/";
    }

    public Attachment stored(FileType cleanType, long cleanSize, Instant at) {
        return new Attachment(campaignId, nominationId, attachmentId, kind, cleanType, declaredSize, fileName,
                AttachmentStatus.STORED, cleanSize, createdBy, createdAt, Optional.of(at), expiresAt);
    }

    public boolean isStored() {
        return status == AttachmentStatus.STORED;
    }
}
