package org.gongjiang.store.dynamodb;

import java.util.List;
import java.util.Optional;
import org.gongjiang.domain.Campaign;
import org.gongjiang.store.CampaignStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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
    public void save(Campaign campaign) {
        dynamo.putItem(b -> b.tableName(table).item(CampaignItemMapper.toItem(campaign)));
    }
}
