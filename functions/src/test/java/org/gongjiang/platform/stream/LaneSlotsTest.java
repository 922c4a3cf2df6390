package org.gongjiang.platform.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LaneSlotsTest {

    private static final String STREAM = "arn:aws:dynamodb:us-east-1:123456789012:table/VotesTable/stream/2026-12-01T00:00:00.000";

    @Property
    void aLaneAlwaysGetsTheSameSlotWithinTheFirstSlots(@ForAll String lane, @ForAll @IntRange(min = 1, max = 16) int slots) {
        String slot = LaneSlots.of(lane, slots);
        assertEquals(slot, LaneSlots.of(new String(lane.toCharArray()), slots));
        int index = Integer.parseInt(slot);
        assertTrue(index >= 0 && index < slots, slot);
        assertEquals(2, slot.length());
    }

    @Test
    void withOneSlotEveryLaneSharesSlotZero() {
        assertEquals("00", LaneSlots.of(STREAM + "/shardId-00000001764547200000-0a1b2c3d", 1));
        assertEquals("00", LaneSlots.of(STREAM + "/shardId-00000001764547200000-ffffffff", 1));
    }

    @Test
    void shardIdsLikeAwsOnesSpreadOverEverySlot() {
        Map<String, Integer> lanesPerSlot = new HashMap<>();
        for (int shard = 0; shard < 1600; shard++) {
            lanesPerSlot.merge(LaneSlots.of(STREAM + "/shardId-0000000176454720%04d-%08x".formatted(shard, shard * 2654435761L)), 1, Integer::sum);
        }
        assertEquals(LaneSlots.SLOTS, lanesPerSlot.size(), lanesPerSlot.toString());
        lanesPerSlot.forEach((slot, lanes) -> assertTrue(lanes > 50 && lanes < 150, slot + " got " + lanes + " of 1600 lanes"));
    }

    @Test
    void aSlotCountOutsideOneToSixteenIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LaneSlots.of("lane", 0));
        assertThrows(IllegalArgumentException.class, () -> LaneSlots.of("lane", 17));
        assertThrows(IllegalArgumentException.class, () -> LaneSlots.name(16));
    }
}
