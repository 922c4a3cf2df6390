package org.gongjiang.nomination.model;

import java.util.Optional;
import java.util.regex.Pattern;

/** A mainland China mobile number: 11 digits starting 13-19; a +86 or 0086 prefix is accepted and dropped. */
public final class MobileNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    private MobileNumber() {
    }

    /** The 11-digit number, or empty if {@code text} is not a mainland mobile number. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String number = text.startsWith("+86") ? text.substring(3) : text.startsWith("0086") ? text.substring(4) : text;
        return MOBILE.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }
}
