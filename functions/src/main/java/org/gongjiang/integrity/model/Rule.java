package org.gongjiang.integrity.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The watch's rules. A shared network alone proves nothing (a factory's workers vote for their own from
 * the factory's Wi-Fi), so network concentration asks for a review; the others are patterns that
 * honest crowds do not make, and implicate the votes that make them.
 */
public enum Rule {
    BURST("burst", Severity.STRONG),
    NETWORK("network", Severity.REVIEW),
    FRESH("fresh", Severity.STRONG),
    LOCKSTEP("lockstep", Severity.STRONG),
    /** A void an auditor asked for without an alert. */
    MANUAL("manual", Severity.STRONG);

    public enum Severity { REVIEW, STRONG }

    private final String code;
    private final Severity severity;

    Rule(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public static Optional<Rule> of(String code) {
        return Arrays.stream(values()).filter(rule -> rule.code.equals(code)).findFirst();
    }
}
