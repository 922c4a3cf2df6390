package org.gongjiang.voting.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongjiang.platform.dynamodb.CounterItems;
import org.gongjiang.platform.stream.LaneSlots;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keys of the vote counters in CountersTable. A campaign's counters share one partition
 * ({@code campaign#<id>}) so that a time range of them is one Query; the statistics keep their own
 * counters and snapshots beside them, and each stream shard's checkpoint is an item of its own.
 *
 * <p>Each vote counter (the totals, a day, an hour) is spread over slots ({@link LaneSlots}): a stream
 * shard adds only to its own slot's item ({@code #<slot>} after the counter's sort key), so shards
 * committing at once do not touch the same items, and a read sums the slots of a counter, which sort
 * next to each other (one Query). A sort key without a slot (the layout before slots) reads as one
 * more slot of its counter.
 *
 * <pre>
 * pk                     sk                       holds
 * campaign#&lt;id&gt;          total#&lt;slot&gt;              votes, c:&lt;candidate&gt;..., x:&lt;candidate&gt;..., updatedAt
 * campaign#&lt;id&gt;          day#2026-11-21#&lt;slot&gt;     votes, voters, c:&lt;candidate&gt;...
 * campaign#&lt;id&gt;          hour#2026-11-21T02Z#&lt;slot&gt; votes   (UTC hour)
 * campaign#&lt;id&gt;          nominations#&lt;dim&gt;[#&lt;dim&gt;] c:&lt;value&gt;[|&lt;value&gt;]...   (nominations per cell, StatsKeys)
 * snapshot#&lt;id&gt;#&lt;date&gt;  (the same sort keys)     a frozen copy of the above, and candidate#&lt;id&gt; (StatsKeys)
 * snapshots#&lt;id&gt;         &lt;date&gt;                   takenAt: the snapshot of that date is complete (StatsKeys)
 * lane#&lt;stream&gt;/&lt;shard&gt;  checkpoint               position, expiresAt (LaneCommits)
 * </pre>
 */
public final class VoteCounterKeys {

    public static final String TOTAL = "total";
    public static final String DAY_PREFIX = "day#";
    public static final String HOUR_PREFIX = "hour#";
    /** Between a counter's sort key and its slot. */
    public static final String SLOT_SEPARATOR = "#";
    /** Sorts after every slot of a counter: the high end of a range that takes all of them. */
    public static final String AFTER_EVERY_SLOT = SLOT_SEPARATOR + "~";

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH'Z'").withZone(ZoneOffset.UTC);

    private VoteCounterKeys() {
    }

    /** The partition of a campaign's live counters. */
    public static String campaignPartition(String campaignId) {
        return "campaign#" + campaignId;
    }

    static Map<String, AttributeValue> totals(String campaignId, String slot) {
        return CounterItems.key(campaignPartition(campaignId), inSlot(TOTAL, slot));
    }

    static Map<String, AttributeValue> day(String campaignId, LocalDate day, String slot) {
        return CounterItems.key(campaignPartition(campaignId), inSlot(daySortKey(day), slot));
    }

    static Map<String, AttributeValue> hour(String campaignId, Instant hourStart, String slot) {
        return CounterItems.key(campaignPartition(campaignId), inSlot(hourSortKey(hourStart), slot));
    }

    /** The sort key of one slot of the counter {@code counterSortKey}. */
    public static String inSlot(String counterSortKey, String slot) {
        return counterSortKey + SLOT_SEPARATOR + slot;
    }

    /** The sort keys of every slot the totals can be in, and of the totals before slots. */
    public static List<String> everyTotalsSortKey() {
        List<String> keys = new ArrayList<>();
        keys.add(TOTAL);
        for (int slot = 0; slot < LaneSlots.SLOTS; slot++) {
            keys.add(inSlot(TOTAL, LaneSlots.name(slot)));
        }
        return keys;
    }

    /** Whether {@code sortKey} is a slot of the totals (or the totals before slots). */
    public static boolean isTotals(String sortKey) {
        return sortKey.equals(TOTAL) || sortKey.startsWith(TOTAL + SLOT_SEPARATOR);
    }

    /** Whether {@code sortKey} is a slot of one of the vote counters (totals, a day, an hour). */
    public static boolean isVoteCounter(String sortKey) {
        return isTotals(sortKey) || sortKey.startsWith(DAY_PREFIX) || sortKey.startsWith(HOUR_PREFIX);
    }

    /**
     * The counter a slot's sort key belongs to ({@code day#2026-11-21#07} -> {@code day#2026-11-21});
     * a sort key without a slot is its own counter.
     */
    public static String counterOf(String sortKey) {
        int afterPrefix = sortKey.startsWith(DAY_PREFIX) ? DAY_PREFIX.length()
                : sortKey.startsWith(HOUR_PREFIX) ? HOUR_PREFIX.length() : 0;
        int separator = sortKey.indexOf(SLOT_SEPARATOR, afterPrefix);
        return separator < 0 ? sortKey : sortKey.substring(0, separator);
    }

    public static String daySortKey(LocalDate day) {
        return DAY_PREFIX + day;
    }

    /** The day of a day counter's sort key, with or without its slot. */
    public static LocalDate dayOf(String sortKey) {
        return LocalDate.parse(counterOf(sortKey).substring(DAY_PREFIX.length()));
    }

    public static String hourSortKey(Instant hourStart) {
        return HOUR_PREFIX + HOUR.format(hourStart);
    }

    /** The hour of an hour counter's sort key, with or without its slot. */
    public static Instant hourOf(String sortKey) {
        return HOUR.parse(counterOf(sortKey).substring(HOUR_PREFIX.length()), Instant::from);
    }
}
