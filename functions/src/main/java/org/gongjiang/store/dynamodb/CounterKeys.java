package org.gongjiang.store.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
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
 * lane#&lt;stream&gt;/&lt;shard&gt;  checkpoint               position, expiresAt
 * </pre>
 */
final class CounterKeys {

    static final String PARTITION_KEY = "pk";
    static final String SORT_KEY = "sk";
    static final String CANDIDATE_PREFIX = "c:";

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH'Z'").withZone(ZoneOffset.UTC);

    private CounterKeys() {
    }

    static Map<String, AttributeValue> totals(String campaignId) {
        return key(campaign(campaignId), "total");
    }

    static Map<String, AttributeValue> day(String campaignId, LocalDate day) {
        return key(campaign(campaignId), "day#" + day);
    }

    static Map<String, AttributeValue> hour(String campaignId, Instant hourStart) {
        return key(campaign(campaignId), "hour#" + HOUR.format(hourStart));
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

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(pk), SORT_KEY, AttributeValue.fromS(sk));
    }
}
