package org.gongjiang.platform.model;

import java.time.Instant;
import java.util.Map;

/** A quota is used up until {@code retryAfter} (429). */
public final class LimitExceededException extends DomainException {

    private final Instant retryAfter;

    public LimitExceededException(String type, LocalizedText title, LocalizedText detail,
                                  Map<String, Object> extensions, Instant retryAfter) {
        super(type, title, detail, extensions);
        this.retryAfter = retryAfter;
    }

    public Instant retryAfter() {
        return retryAfter;
    }
}
