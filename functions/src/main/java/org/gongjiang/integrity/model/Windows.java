package org.gongjiang.integrity.model;

import java.time.Duration;
import java.time.Instant;
import org.gongjiang.campaign.model.IntegrityRules;

/** The watch's windows: five minutes each, aligned on the epoch, by the time votes were cast. */
public final class Windows {

    public static final Duration LENGTH = Duration.ofMinutes(IntegrityRules.WINDOW_MINUTES);
    /** How many windows the trailing level of a burst or of fresh accounts looks back: an hour. */
    public static final int TRAILING = 12;

    private Windows() {
    }

    public static Instant startOf(Instant instant) {
        long seconds = LENGTH.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), seconds) * seconds);
    }

    public static Instant next(Instant windowStart) {
        return windowStart.plus(LENGTH);
    }
}
