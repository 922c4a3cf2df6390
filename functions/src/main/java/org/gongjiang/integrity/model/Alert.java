package org.gongjiang.integrity.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongjiang.platform.model.TimeWindow;

/**
 * What the watch raises: a rule a candidate's votes broke in a window, the figures that show it, and
 * the votes it implicates (pseudonymous). Its id follows from what it is about (campaign, rule,
 * candidate, subject, window), so the same finding, met again after a redelivery or a late vote, is the
 * same alert: never raised twice.
 */
public record Alert(String alertId, String campaignId, Rule rule, String candidateId, TimeWindow window, String subject,
                    Map<String, Number> figures, List<ImplicatedVote> implicated, Instant raisedAt) {

    /** At most this many votes are listed as evidence of one alert (an item of 400 KB holds them). */
    public static final int MAX_IMPLICATED = 5_000;

    public Alert {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(rule, "rule");
        figures = Map.copyOf(figures);
        implicated = List.copyOf(implicated.size() > MAX_IMPLICATED ? implicated.subList(0, MAX_IMPLICATED) : implicated);
    }

    public static String idOf(String campaignId, Rule rule, String candidateId, String subject, Instant windowStart) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("|", campaignId, rule.code(), candidateId,
                    subject, Long.toString(windowStart.getEpochSecond())).getBytes(StandardCharsets.UTF_8));
            StringBuilder id = new StringBuilder("A");
            for (int i = 0; i < 8; i++) {
                id.append("%02x".formatted(digest[i]));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Rule.Severity severity() {
        return rule.severity();
    }
}
