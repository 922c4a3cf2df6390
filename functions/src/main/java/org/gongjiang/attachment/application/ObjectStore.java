package org.gongjiang.attachment.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The private bucket that holds nominations' files: reached by the functions, and by browsers only through pre-signed URLs. */
public interface ObjectStore {

    /** A URL a browser PUTs exactly {@code size} bytes of {@code contentType} to, until {@code expiresAt}; the headers are signed. */
    record PresignedRequest(String url, String method, Map<String, String> headers, Instant expiresAt) {
    }

    PresignedRequest presignUpload(String key, String contentType, long size, Duration lifetime);

    /** A URL to GET the object with until it expires, offered as a download under {@code fileName}. */
    PresignedRequest presignDownload(String key, String fileName, String contentType, Duration lifetime);

    /** The object's bytes, or empty when there is none; empty too when it is larger than {@code maxBytes} (read no further). */
    Optional<byte[]> read(String key, long maxBytes);

    /** The size of the object, if there is one. */
    Optional<Long> size(String key);

    void write(String key, byte[] content, String contentType);

    /** Deletes the object if there is one. */
    void delete(String key);

    /** The keys under {@code prefix}. */
    List<String> keys(String prefix);
}
