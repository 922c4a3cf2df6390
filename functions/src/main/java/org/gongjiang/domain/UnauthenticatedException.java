package org.gongjiang.domain;

import java.util.Map;

/** The caller is not logged in, or the login cannot be read (401). */
public final class UnauthenticatedException extends DomainException {

    public UnauthenticatedException(LocalizedText detail) {
        super("unauthenticated", LocalizedText.of("需要登录", "Login required"), detail, Map.of());
    }
}
