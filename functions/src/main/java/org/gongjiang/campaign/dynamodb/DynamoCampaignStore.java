package org.gongjiang.campaign.dynamodb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.campaign.application.CampaignStore;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.CampaignProgress;
import org.gongjiang.platform.dynamodb.Attributes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Campaigns in CampaignsTable. */
public final class DynamoCampaignStore implements CampaignStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoCampaignStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<Campaign> find(String campaignId) {
        var response = dynamo.getItem(b -> b.tableName(table).key(CampaignKeys.key(campaignId)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(CampaignItemMapper.fromItem(response.item()))
                : Optional.empty();
    }

    @Override
    public List<Campaign> list() {
        // A deployment holds a handful of campaigns; a paginated scan reads them all in one or two pages.
        return dynamo.scanPaginator(b -> b.tableName(table)).items().stream()
                .map(CampaignItemMapper::fromItem)
                .toList();
    }

    @Override
    public Optional<Stored> findStored(String campaignId) {
        var response = dynamo.getItem(b -> b.tableName(table).key(CampaignKeys.key(campaignId)).consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Stored(CampaignItemMapper.fromItem(response.item()), CampaignItemMapper.progress(response.item())));
    }

    @Override
    public boolean create(Campaign campaign) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(CampaignItemMapper.toItem(campaign))
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", CampaignKeys.PARTITION_KEY)));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public boolean replace(Campaign campaign, long expectedVersion, CampaignProgress seen) {
        Map<String, AttributeValue> item = CampaignItemMapper.toItem(campaign);
        item.keySet().removeAll(CampaignKeys.key(campaign.campaignId()).keySet());
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        StringBuilder set = new StringBuilder("SET ");
        int i = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            set.append(i == 0 ? "" : ", ").append("#a").append(i).append(" = :a").append(i);
            names.put("#a" + i, attribute.getKey());
            values.put(":a" + i, attribute.getValue());
            i++;
        }
        // the rules were checked against this progress: a nomination, score or naming since then
        // may bind what is being changed
        StringBuilder condition = new StringBuilder("#v = :expected");
        names.put("#v", CampaignItemMapper.VERSION);
        values.put(":expected", Attributes.n(expectedVersion));
        Map<String, Long> counters = CampaignItemMapper.progressAttributes(seen);
        int c = 0;
        for (Map.Entry<String, Long> counter : counters.entrySet()) {
            condition.append(" AND (attribute_not_exists(#c").append(c).append(") OR #c").append(c).append(" = :c").append(c).append(')');
            names.put("#c" + c, counter.getKey());
            values.put(":c" + c, Attributes.n(counter.getValue()));
            c++;
        }
        try {
            dynamo.updateItem(b -> b.tableName(table).key(CampaignKeys.key(campaign.campaignId()))
                    .updateExpression(set.toString())
                    .conditionExpression(condition.toString())
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException changed) {
            return false;
        }
    }
}
