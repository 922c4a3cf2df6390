package org.gongjiang.voting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VoteTotalsTest {

    private static final Instant EARLIER = Instant.parse("2026-12-01T11:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-01T11:00:05Z");

    @Test
    void slotsReadAsOneAddEveryCountAndKeepTheLaterUpdate() {
        VoteTotals a = new VoteTotals(5, Map.of("N0001", 3L, "N0002", 2L), Map.of("N0001", 1L), Optional.of(LATER));
        VoteTotals b = new VoteTotals(4, Map.of("N0002", 1L, "N0003", 3L), Map.of("N0003", 2L), Optional.of(EARLIER));
        VoteTotals sum = a.plus(b);
        assertEquals(9, sum.total());
        assertEquals(Map.of("N0001", 3L, "N0002", 3L, "N0003", 3L), sum.byCandidate());
        assertEquals(Map.of("N0001", 1L, "N0003", 2L), sum.voidedByCandidate());
        assertEquals(Optional.of(LATER), sum.updatedAt());
        assertEquals(sum, b.plus(a));
    }

    @Test
    void noTotalsAddNothing() {
        VoteTotals a = new VoteTotals(2, Map.of("N0001", 2L), Map.of(), Optional.of(EARLIER));
        assertEquals(a, VoteTotals.none().plus(a));
        assertEquals(a, a.plus(VoteTotals.none()));
    }
}
