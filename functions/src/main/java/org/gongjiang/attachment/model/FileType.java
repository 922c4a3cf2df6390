package org.gongjiang.attachment.model;

import java.util.Optional;

/** The file types a nomination takes, by their media type. */
public enum FileType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this != PDF;
    }

    public static Optional<FileType> fromMediaType(String value) {
        for (FileType type : values()) {
            if (type.mediaType.equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
