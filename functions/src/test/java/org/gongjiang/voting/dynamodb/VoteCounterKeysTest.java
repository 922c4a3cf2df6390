package org.gongjiang.voting.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class VoteCounterKeysTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    private static final Instant HOUR = Instant.parse("2026-11-21T02:00:00Z");

    @Test
    void aSlotOfACounterBelongsToThatCounter() {
        assertEquals("total", VoteCounterKeys.counterOf(VoteCounterKeys.inSlot("total", "07")));
        assertEquals("day#2026-11-21", VoteCounterKeys.counterOf(VoteCounterKeys.inSlot(VoteCounterKeys.daySortKey(DAY), "15")));
        assertEquals("hour#2026-11-21T02Z", VoteCounterKeys.counterOf(VoteCounterKeys.inSlot(VoteCounterKeys.hourSortKey(HOUR), "00")));
    }

    @Test
    void aCounterWrittenBeforeSlotsIsItsOwnCounter() {
        assertEquals("total", VoteCounterKeys.counterOf("total"));
        assertEquals("day#2026-11-21", VoteCounterKeys.counterOf("day#2026-11-21"));
        assertEquals(DAY, VoteCounterKeys.dayOf("day#2026-11-21"));
        assertEquals(HOUR, VoteCounterKeys.hourOf("hour#2026-11-21T02Z"));
    }

    @Test
    void theDayAndHourOfASlotAreThoseOfItsCounter() {
        assertEquals(DAY, VoteCounterKeys.dayOf(VoteCounterKeys.inSlot(VoteCounterKeys.daySortKey(DAY), "03")));
        assertEquals(HOUR, VoteCounterKeys.hourOf(VoteCounterKeys.inSlot(VoteCounterKeys.hourSortKey(HOUR), "12")));
    }

    @Test
    void aCountersSlotsSortTogetherBetweenItsKeyAndTheEndOfItsSlots() {
        String day = VoteCounterKeys.daySortKey(DAY);
        String nextDay = VoteCounterKeys.daySortKey(DAY.plusDays(1));
        TreeSet<String> sorted = new TreeSet<>(List.of(day, nextDay, VoteCounterKeys.inSlot(nextDay, "00")));
        for (String slot : List.of("00", "07", "15")) {
            sorted.add(VoteCounterKeys.inSlot(day, slot));
        }
        var range = sorted.subSet(day, true, day + VoteCounterKeys.AFTER_EVERY_SLOT, true);
        assertEquals(List.of(day, day + "#00", day + "#07", day + "#15"), List.copyOf(range));
    }

    @Test
    void everyTotalsSlotIsATotalsKeyAndNothingElseIs() {
        assertEquals(17, VoteCounterKeys.everyTotalsSortKey().size());
        assertTrue(VoteCounterKeys.everyTotalsSortKey().stream().allMatch(VoteCounterKeys::isTotals));
        assertFalse(VoteCounterKeys.isTotals("day#2026-11-21#00"));
        assertFalse(VoteCounterKeys.isVoteCounter("nominations#industry"));
        assertTrue(VoteCounterKeys.isVoteCounter("hour#2026-11-21T02Z#04"));
    }
}
