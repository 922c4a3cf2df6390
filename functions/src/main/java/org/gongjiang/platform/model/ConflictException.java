package org.gongjiang.platform.model;

import java.util.Map;

/** The request conflicts with what is already recorded (409). */
public final class ConflictException extends DomainException {

    public ConflictException(String type, LocalizedText title, LocalizedText detail, Map<String, Object> extensions) {
        super(type, title, detail, extensions);
    }
}
