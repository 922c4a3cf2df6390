package org.gongjiang.platform.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A refusal the caller can act on. Each subclass stands for one HTTP status (mapped in one place, the
 * handler's problem mapper); {@code type} is the stable machine-readable reason within that status.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, UnauthenticatedException, ForbiddenException, NotFoundException,
        ConflictException, LimitExceededException, UnprocessableException {

    private final String type;
    private final LocalizedText title;
    private final LocalizedText detail;
    private final Map<String, Object> extensions;

    protected DomainException(String type, LocalizedText title, LocalizedText detail, Map<String, Object> extensions) {
        super(type + ": " + Objects.requireNonNull(detail, "detail").en(), null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
        this.detail = detail;
        for (String reserved : RESERVED) {
            if (extensions.containsKey(reserved)) {
                throw new IllegalArgumentException("'" + reserved + "' is a member of every problem document; name the extension otherwise");
            }
        }
        this.extensions = new LinkedHashMap<>(extensions);
    }

    /** The members RFC 9457 and our problem documents define; an extension must not replace them. */
    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance",
            "requestId", "errors");

    /** The stable slug of this kind of problem, e.g. {@code already-voted}. */
    public String type() {
        return type;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText detail() {
        return detail;
    }

    /** Extra members of the problem body (RFC 9457 section 3.2), e.g. the original receipt. */
    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(extensions);
    }
}
