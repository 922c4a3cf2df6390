package org.gongjiang.voting.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.gongjiang.platform.dynamodb.CounterItems;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keys of the vote counters in CountersTable. A campaign's counters share one partition
 * ({@code campaign#<id>}) so that a time range of them is one Query; the statistics keep their own
 * counters and snapshots beside them, and each stream shard's checkpoint is an item of its own.
 *
 * <pre>
 * pk                     sk                       holds
 * campaign#&lt;id&gt;          total                    votes, c:&lt;candidate&gt;..., updatedAt
 * campaign#&lt;id&gt;          day#2026-11-21           votes, voters, c:&lt;candidate&gt;...
 * campaign#&lt;id&gt;          hour#2026-11-21T02Z      votes   (UTC hour)
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

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH'Z'").withZone(ZoneOffset.UTC);

    private VoteCounterKeys() {
    }

    /** The partition of a campaign's live counters. */
    public static String campaignPartition(String campaignId) {
        return "campaign#" + campaignId;
    }

    static Map<String, AttributeValue> totals(String campaignId) {
        return CounterItems.key(campaignPartition(campaignId), TOTAL);
    }

    static Map<String, AttributeValue> day(String campaignId, LocalDate day) {
        return CounterItems.key(campaignPartition(campaignId), daySortKey(day));
    }

    static Map<String, AttributeValue> hour(String campaignId, Instant hourStart) {
        return CounterItems.key(campaignPartition(campaignId), hourSortKey(hourStart));
    }

    public static String daySortKey(LocalDate day) {
        return DAY_PREFIX + day;
    }

    public static LocalDate dayOf(String sortKey) {
        return LocalDate.parse(sortKey.substring(DAY_PREFIX.length()));
    }

    public static String hourSortKey(Instant hourStart) {
        return HOUR_PREFIX + HOUR.format(hourStart);
    }

    public static Instant hourOf(String sortKey) {
        return HOUR.parse(sortKey.substring(HOUR_PREFIX.length()), Instant::from);
    }
}
