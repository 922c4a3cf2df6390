package org.gongjiang.platform.model;

import java.util.Map;

/**
 * The request was well formed but what it points at cannot be taken (422): an uploaded file whose
 * content is not what was declared. Unlike 400 the fault is in the thing sent earlier, not this body.
 */
public final class UnprocessableException extends DomainException {

    public UnprocessableException(String type, LocalizedText title, LocalizedText detail, Map<String, Object> extensions) {
        super(type, title, detail, extensions);
    }
}
