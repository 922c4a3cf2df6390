package org.gongjiang.platform.model;

import java.time.Duration;
import java.time.Instant;

/** A value read from a store and when: the per-container caches of campaigns and ballots hold these. */
public record Cached<T>(T value, Instant loadedAt) {

    /** Stale after its lifetime, and at once if the clock was set back before it was loaded (the local stack's clock). */
    public boolean isStale(Instant now, Duration timeToLive) {
        return now.isBefore(loadedAt) || !now.isBefore(loadedAt.plus(timeToLive));
    }
}
