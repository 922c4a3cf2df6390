package org.gongjiang.voting.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Keys of CandidatesTable: partition per campaign, one item per finalist. */
final class CandidateKeys {

    static final String PARTITION_KEY = "campaignId";
    static final String SORT_KEY = "candidateId";

    private CandidateKeys() {
    }

    static Map<String, AttributeValue> key(String campaignId, String candidateId) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(campaignId), SORT_KEY, AttributeValue.fromS(candidateId));
    }
}
