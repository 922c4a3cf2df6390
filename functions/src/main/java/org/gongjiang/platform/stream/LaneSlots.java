package org.gongjiang.platform.stream;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Which counter slot a stream shard ("lane") commits into. Every shard of a busy table commits to the
 * same campaign counters; giving each shard its own copy of them (a slot, summed on read) takes the
 * shards' commits off each other's items, so they no longer cancel each other as conflicting
 * transactions. The slot is a stable function of the lane alone, so a shard keeps its slot across
 * invocations and containers without any coordination; two shards that land on the same slot only
 * conflict as before, they never miscount (each commit still moves its own shard's checkpoint).
 */
public final class LaneSlots {

    /** Slots a counter is spread over: more than the 5-8 shards of a table at 5,000 writes/s, few enough to read at once. */
    public static final int SLOTS = 16;

    private LaneSlots() {
    }

    /** The lane's slot among {@link #SLOTS}, as two digits ({@code 00}..{@code 15}). */
    public static String of(String lane) {
        return of(lane, SLOTS);
    }

    /** The lane's slot among the first {@code slots} (1: every lane shares slot {@code 00}, the single shared item). */
    public static String of(String lane, int slots) {
        if (slots < 1 || slots > SLOTS) {
            throw new IllegalArgumentException("slots must be 1.." + SLOTS + ": " + slots);
        }
        CRC32 crc = new CRC32();
        crc.update(lane.getBytes(StandardCharsets.UTF_8));
        return name((int) (crc.getValue() % slots));
    }

    /** The slot numbered {@code index}, as two digits. */
    public static String name(int index) {
        if (index < 0 || index >= SLOTS) {
            throw new IllegalArgumentException("no slot " + index);
        }
        return "%02d".formatted(index);
    }
}
