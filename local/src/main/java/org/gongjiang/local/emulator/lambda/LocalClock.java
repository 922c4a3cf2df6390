package org.gongjiang.local.emulator.lambda;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The time every function of the local stack tells: the system clock shifted by an offset that
 * {@code POST /local/clock} moves. A campaign's weeks (nomination, public notice, voting) can so be
 * walked through in seconds. The JWT authorizer keeps real time, as API Gateway does.
 */
public final class LocalClock extends Clock {

    /** How far from real time the clock may go: a campaign spans months, never decades. */
    public static final Duration MAX_OFFSET = Duration.ofDays(3653);

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    public Duration offset() {
        return offset.get();
    }

    public static boolean withinBounds(Duration offset) {
        return offset.abs().compareTo(MAX_OFFSET) <= 0;
    }

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    public void setOffset(Duration to) {
        offset.set(to);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
