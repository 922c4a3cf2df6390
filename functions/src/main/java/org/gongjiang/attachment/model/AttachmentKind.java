package org.gongjiang.attachment.model;

import java.util.Optional;
import java.util.Set;

/**
 * What a file is to a nomination: the nominee's photo (one, shown on the notice and the ballot when the
 * nominee consented to publication) or a supporting document (the signed form, certificates, patents:
 * seen by the review office and the assigned experts only).
 */
public enum AttachmentKind {
    PHOTO("photo", 2L * 1024 * 1024, Set.of(FileType.JPEG, FileType.PNG)),
    DOCUMENT("document", 10L * 1024 * 1024, Set.of(FileType.PDF, FileType.JPEG, FileType.PNG));

    /** How many documents a nomination may carry (photos: one, a new one replaces the old). */
    public static final int MAX_DOCUMENTS = 10;

    private final String wire;
    private final long maxBytes;
    private final Set<FileType> types;

    AttachmentKind(String wire, long maxBytes, Set<FileType> types) {
        this.wire = wire;
        this.maxBytes = maxBytes;
        this.types = types;
    }

    public String wire() {
        return wire;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public boolean accepts(FileType type) {
        return types.contains(type);
    }

    public static Optional<AttachmentKind> fromWire(String value) {
        for (AttachmentKind kind : values()) {
            if (kind.wire.equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
