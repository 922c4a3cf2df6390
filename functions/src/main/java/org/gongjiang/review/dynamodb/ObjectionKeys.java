package org.gongjiang.review.dynamodb;

import java.util.Map;
import org.gongjiang.nomination.dynamodb.NominationKeys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Keys of objections in NominationsTable: in the nomination's own partition (see {@link NominationKeys}). */
final class ObjectionKeys {

    static final String OBJECTION_PREFIX = "objection#";

    private ObjectionKeys() {
    }

    static Map<String, AttributeValue> objection(String campaignId, String nominationId, String objectionId) {
        return NominationKeys.key(NominationKeys.nominationPartition(campaignId, nominationId), OBJECTION_PREFIX + objectionId);
    }

    /** A user's open objection to a nomination: one at a time. */
    static Map<String, AttributeValue> objector(String campaignId, String nominationId, String objectorHash) {
        return NominationKeys.key(NominationKeys.nominationPartition(campaignId, nominationId), "objector#" + objectorHash);
    }
}
