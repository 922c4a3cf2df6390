package org.gongjiang.integrity.dynamodb;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keys of IntegrityTable: the watch's log, its evaluation, the alerts, the voids and the auditors'
 * trail, each campaign's in partitions of their own; the shards' checkpoints beside them.
 *
 * <pre>
 * pk                              sk                         holds
 * log#&lt;cid&gt;#&lt;window&gt;             &lt;lane&gt;#&lt;sequence&gt;         a batch's votes of that window (27 bytes a vote)
 * late#&lt;cid&gt;                      &lt;window&gt;                   the window got votes after it was due
 * next#&lt;cid&gt;                      next                       the first window not yet evaluated
 * summary#&lt;cid&gt;                   &lt;window&gt;                   votes and fresh accounts' votes per candidate
 * alert#&lt;cid&gt;                     &lt;alertId&gt;                  an alert, its figures and its evidence
 * void#&lt;cid&gt;                      &lt;voidId&gt;                   a void: its votes, its status, who did what
 * audit#&lt;cid&gt;                     &lt;at&gt;#&lt;random&gt;              one auditor action
 * lane#&lt;stream&gt;/&lt;shard&gt;           checkpoint                 the watch's position in the votes stream
 * </pre>
 * Windows are written as 12-digit epoch seconds, so that sort order is time order.
 */
final class IntegrityKeys {

    static final String PARTITION_KEY = "pk";
    static final String SORT_KEY = "sk";

    private IntegrityKeys() {
    }

    static String window(Instant start) {
        return "%012d".formatted(start.getEpochSecond());
    }

    static Instant windowOf(String text) {
        return Instant.ofEpochSecond(Long.parseLong(text));
    }

    static String logPartition(String campaignId, Instant window) {
        return "log#" + campaignId + "#" + window(window);
    }

    static Map<String, AttributeValue> log(String campaignId, Instant window, String lane, String sequence) {
        return key(logPartition(campaignId, window), lane + "#" + sequence);
    }

    static Map<String, AttributeValue> late(String campaignId, Instant window) {
        return key("late#" + campaignId, window(window));
    }

    static String latePartition(String campaignId) {
        return "late#" + campaignId;
    }

    static Map<String, AttributeValue> next(String campaignId) {
        return key("next#" + campaignId, "next");
    }

    static String summaryPartition(String campaignId) {
        return "summary#" + campaignId;
    }

    static Map<String, AttributeValue> summary(String campaignId, Instant window) {
        return key(summaryPartition(campaignId), window(window));
    }

    static String alertPartition(String campaignId) {
        return "alert#" + campaignId;
    }

    static String voidPartition(String campaignId) {
        return "void#" + campaignId;
    }

    static String auditPartition(String campaignId) {
        return "audit#" + campaignId;
    }

    static Map<String, AttributeValue> key(String partition, String sortKey) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(partition), SORT_KEY, AttributeValue.fromS(sortKey));
    }
}
