package org.gongjiang.platform.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The clock a function tells time by. */
class EnvironmentTest {

    @Test
    void instantsAreTakenInWholeMillisecondsWhateverTheClockUnderneath() {
        Clock fine = Clock.fixed(Instant.parse("2026-11-21T09:27:25.340249935Z"), ZoneOffset.UTC);
        Instant seen = Environment.using(Map.of(), name -> { }, fine, () -> Environment.clock().instant());
        assertEquals(Instant.parse("2026-11-21T09:27:25.340Z"), seen);
    }
}
