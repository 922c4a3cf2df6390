package org.gongjiang.platform.model;

import java.util.Map;

/** The caller is known but this action is not open to them now (403). */
public final class ForbiddenException extends DomainException {

    public ForbiddenException(String type, LocalizedText title, LocalizedText detail, Map<String, Object> extensions) {
        super(type, title, detail, extensions);
    }
}
