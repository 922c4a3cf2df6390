package org.gongjiang.platform.model;

import java.time.Instant;
import java.util.Objects;

/** A period such as the nomination window or the voting window: from {@code opensAt} (inclusive) to {@code closesAt} (exclusive). */
public record TimeWindow(Instant opensAt, Instant closesAt) {

    public TimeWindow {
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("a window closes after it opens");
        }
    }

    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }

    public boolean hasClosedAt(Instant instant) {
        return !instant.isBefore(closesAt);
    }
}
