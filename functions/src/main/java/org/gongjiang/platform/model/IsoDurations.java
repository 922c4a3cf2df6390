package org.gongjiang.platform.model;

import java.time.Duration;

/** Durations as people write them in ISO 8601: whole days as P7D (Java would say PT168H). */
public final class IsoDurations {

    private IsoDurations() {
    }

    public static String format(Duration duration) {
        return !duration.isZero() && duration.toSeconds() % 86_400 == 0 ? "P" + duration.toDays() + "D" : duration.toString();
    }
}
