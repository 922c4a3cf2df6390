package org.gongjiang.store.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.gongjiang.domain.StatsDimension;
import org.gongjiang.store.StatsStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keys of CountersTable. A campaign's counters share one partition ({@code campaign#<id>}) so that a
 * time range of them is one Query; each stream shard's checkpoint is an item of its own.
 *
 * <pre>
 * pk                     sk                       holds
 * campaign#&lt;id&gt;          total                    votes, c:&lt;candidate&gt;..., updatedAt
 * campaign#&lt;id&gt;          day#2026-11-21           votes, voters, c:&lt;candidate&gt;...
 * campaign#&lt;id&gt;          hour#2026-11-21T02Z      votes   (UTC hour)
 * campaign#&lt;id&gt;          nominations#&lt;dim&gt;[#&lt;dim&gt;] c:&lt;value&gt;[|&lt;value&gt;]...   (nominations per cell)
 * snapshot#&lt;id&gt;#&lt;date&gt;  (the same sort keys)     a frozen copy of the above, and candidate#&lt;id&gt; (the ballot)
 * snapshots#&lt;id&gt;         &lt;date&gt;                   takenAt: the snapshot of that date is complete
 * lane#&lt;stream&gt;/&lt;shard&gt;  checkpoint               position, expiresAt
 * </pre>
 */
final class CounterKeys {

    static final String PARTITION_KEY = "pk";
    static final String SORT_KEY = "sk";
    static final String CANDIDATE_PREFIX = "c:";
    static final String CELL_SEPARATOR = "|";

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH'Z'").withZone(ZoneOffset.UTC);

    private CounterKeys() {
    }

    static Map<String, AttributeValue> totals(String campaignId) {
        return key(campaign(campaignId), TOTAL);
    }

    static Map<String, AttributeValue> day(String campaignId, LocalDate day) {
        return key(campaign(campaignId), daySortKey(day));
    }

    static Map<String, AttributeValue> hour(String campaignId, Instant hourStart) {
        return key(campaign(campaignId), hourSortKey(hourStart));
    }

    /** A nomination statistics table: one dimension, or two in {@link StatsDimension} order. */
    static Map<String, AttributeValue> nominations(String campaignId, List<StatsDimension> table) {
        return key(campaign(campaignId), nominationsSortKey(table));
    }

    static final String TOTAL = "total";
    static final String DAY_PREFIX = "day#";
    static final String HOUR_PREFIX = "hour#";
    static final String BALLOT_PREFIX = "candidate#";

    static String daySortKey(LocalDate day) {
        return DAY_PREFIX + day;
    }

    static String hourSortKey(Instant hourStart) {
        return HOUR_PREFIX + HOUR.format(hourStart);
    }

    static Instant hourOf(String sortKey) {
        return HOUR.parse(sortKey.substring(HOUR_PREFIX.length()), Instant::from);
    }

    static String nominationsSortKey(List<StatsDimension> table) {
        return "nominations#" + String.join("#", table.stream().map(StatsDimension::code).toList());
    }

    /** Where a scope's counters live: the campaign's own partition, or the partition of one of its snapshots. */
    static String partition(StatsStore.Scope scope) {
        return scope.snapshot().map(date -> "snapshot#" + scope.campaignId() + "#" + date).orElse(campaign(scope.campaignId()));
    }

    static String livePartition(String campaignId) {
        return campaign(campaignId);
    }

    /** The list of a campaign's snapshots: one item per snapshot, keyed by its date, written once it is complete. */
    static Map<String, AttributeValue> snapshotMarker(String campaignId, LocalDate date) {
        return key(snapshotList(campaignId), date.toString());
    }

    static String snapshotList(String campaignId) {
        return "snapshots#" + campaignId;
    }

    /** A cell's counter attribute: c: and the cell's values joined by '|' (codes never hold one). */
    static String cellAttribute(List<String> cell) {
        return CANDIDATE_PREFIX + String.join(CELL_SEPARATOR, cell);
    }

    static List<String> cellOf(String attribute) {
        return List.of(attribute.substring(CANDIDATE_PREFIX.length()).split("\\" + CELL_SEPARATOR, -1));
    }

    static Map<String, AttributeValue> checkpoint(String lane) {
        return key("lane#" + lane, "checkpoint");
    }

    static String candidateAttribute(String candidateId) {
        return CANDIDATE_PREFIX + candidateId;
    }

    private static String campaign(String campaignId) {
        return "campaign#" + campaignId;
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(pk), SORT_KEY, AttributeValue.fromS(sk));
    }
}
