package org.gongjiang.nomination.dynamodb;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.gongjiang.nomination.model.NominationStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keys of NominationsTable. A campaign's partition holds its nominations and the items that guard
 * them; each nomination's own partition holds its history and review.
 *
 * <pre>
 * pk                          sk                          holds
 * campaign#&lt;cid&gt;              nomination#&lt;nid&gt;           the nomination (statusKey, nominationId: index byStatus)
 * campaign#&lt;cid&gt;              person#&lt;idHash&gt;             the nominee is nominated in the campaign
 * campaign#&lt;cid&gt;              quota#&lt;creditCode&gt;          nominations of the enterprise (used)
 * campaign#&lt;cid&gt;              sequence                    the last nomination number given
 * campaign#&lt;cid&gt;              idempotency#&lt;hash&gt;          the first answer to a keyed submission
 * nomination#&lt;cid&gt;#&lt;nid&gt;      audit#&lt;version&gt;             one step of its history (version: 10 digits)
 * nomination#&lt;cid&gt;#&lt;nid&gt;      expert#&lt;subject&gt;            an assigned expert and their scores
 * nomination#&lt;cid&gt;#&lt;nid&gt;      objection#&lt;id&gt;             an objection during the public notice
 * nomination#&lt;cid&gt;#&lt;nid&gt;      objector#&lt;hash&gt;             a user's open objection (one at a time)
 * </pre>
 */
public final class NominationKeys {

    public static final String PARTITION_KEY = "pk";
    public static final String SORT_KEY = "sk";
    public static final String STATUS_INDEX = "byStatus";
    public static final String STATUS_KEY = "statusKey";
    public static final String NOMINATION_ID = "nominationId";
    public static final String NOMINATION_PREFIX = "nomination#";
    public static final String AUDIT_PREFIX = "audit#";
    public static final String EXPERT_PREFIX = "expert#";

    private NominationKeys() {
    }

    public static String campaignPartition(String campaignId) {
        return "campaign#" + campaignId;
    }

    public static String nominationPartition(String campaignId, String nominationId) {
        return "nomination#" + campaignId + "#" + nominationId;
    }

    public static Map<String, AttributeValue> nomination(String campaignId, String nominationId) {
        return key(campaignPartition(campaignId), NOMINATION_PREFIX + nominationId);
    }

    public static String statusKey(String campaignId, NominationStatus status) {
        return campaignId + "#" + status.name();
    }

    public static Map<String, AttributeValue> person(String campaignId, String idHash) {
        return key(campaignPartition(campaignId), "person#" + idHash);
    }

    public static Map<String, AttributeValue> quota(String campaignId, String creditCode) {
        return key(campaignPartition(campaignId), "quota#" + creditCode);
    }

    public static Map<String, AttributeValue> sequence(String campaignId) {
        return key(campaignPartition(campaignId), "sequence");
    }

    /** Keys are per client (the login subject) and can be any text: the sort key holds a digest. */
    public static Map<String, AttributeValue> idempotency(String campaignId, String scope, String idempotencyKey) {
        return key(campaignPartition(campaignId), "idempotency#" + digest(scope + "\n" + idempotencyKey));
    }

    public static Map<String, AttributeValue> audit(String campaignId, String nominationId, long version) {
        return key(nominationPartition(campaignId, nominationId), AUDIT_PREFIX + "%010d".formatted(version));
    }

    public static Map<String, AttributeValue> expert(String campaignId, String nominationId, String expert) {
        return key(nominationPartition(campaignId, nominationId), EXPERT_PREFIX + expert);
    }

    public static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(pk), SORT_KEY, AttributeValue.fromS(sk));
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
