package org.gongjiang.platform.model;

import java.util.List;
import java.util.Map;

/** The request cannot be understood or breaks a rule about its own content (400). */
public final class InvalidInputException extends DomainException {

    private final List<FieldError> errors;

    public InvalidInputException(String type, LocalizedText detail, List<FieldError> errors) {
        super(type, PlatformMessages.INVALID_REQUEST_TITLE.text(), detail, Map.of());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(List<FieldError> errors) {
        return new InvalidInputException("invalid-request",
                PlatformMessages.INVALID_REQUEST_DETAIL.text(errors.size()),
                errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
