package org.gongjiang.domain;

import java.time.Instant;
import java.util.Objects;

/** The public vote is open from {@code opensAt} (inclusive) to {@code closesAt} (exclusive). */
public record VotingWindow(Instant opensAt, Instant closesAt) {

    public VotingWindow {
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("voting window closes before it opens");
        }
    }

    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }
}
