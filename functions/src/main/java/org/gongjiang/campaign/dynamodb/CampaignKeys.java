package org.gongjiang.campaign.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Keys of CampaignsTable: one item per campaign, keyed by its id. */
public final class CampaignKeys {

    public static final String PARTITION_KEY = "campaignId";

    private CampaignKeys() {
    }

    public static Map<String, AttributeValue> key(String campaignId) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(campaignId));
    }
}
