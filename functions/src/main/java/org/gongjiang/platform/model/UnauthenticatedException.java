package org.gongjiang.platform.model;

import java.util.Map;

/** The caller is not logged in, or the login cannot be read (401). */
public final class UnauthenticatedException extends DomainException {

    public UnauthenticatedException(LocalizedText detail) {
        super("unauthenticated", PlatformMessages.LOGIN_REQUIRED_TITLE.text(), detail, Map.of());
    }
}
