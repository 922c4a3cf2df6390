package org.gongjiang.domain;

import java.util.List;
import java.util.Map;

/** The request cannot be understood or breaks a rule about its own content (400). */
public final class InvalidInputException extends DomainException {

    private final List<FieldError> errors;

    public InvalidInputException(String type, LocalizedText detail, List<FieldError> errors) {
        super(type, LocalizedText.of("请求无效", "Invalid request"), detail, Map.of());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(List<FieldError> errors) {
        return new InvalidInputException("invalid-request",
                LocalizedText.of("请求中有 %d 处错误，请逐项修改后重试。", "The request has %d error(s); fix each and try again.")
                        .formatted(errors.size()),
                errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
