package org.gongjiang.platform.model;

import java.util.Objects;

/**
 * One problem with one part of a request: a body field located by a JSON pointer (RFC 6901), or a
 * query-string parameter by its name (the two location members of RFC 9457's examples).
 */
public record FieldError(String pointer, String parameter, String code, LocalizedText message) {

    public FieldError {
        if ((pointer == null) == (parameter == null)) {
            throw new IllegalArgumentException("a field error names either a pointer or a parameter");
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static FieldError body(String pointer, String code, LocalizedText message) {
        return new FieldError(pointer, null, code, message);
    }

    public static FieldError query(String parameter, String code, LocalizedText message) {
        return new FieldError(null, parameter, code, message);
    }
}
