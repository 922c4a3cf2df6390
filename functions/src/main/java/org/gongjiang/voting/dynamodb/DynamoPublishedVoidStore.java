package org.gongjiang.voting.dynamodb;

import java.util.List;
import java.util.Map;
import org.gongjiang.platform.dynamodb.CounterItems;
import org.gongjiang.voting.application.PublishedVoidStore;
import org.gongjiang.voting.model.PublishedVoid;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The public log of voids in CountersTable, in each campaign's counter partition. */
public final class DynamoPublishedVoidStore implements PublishedVoidStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoPublishedVoidStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void publish(String campaignId, PublishedVoid published) {
        dynamo.putItem(b -> b.tableName(table).item(PublishedVoidItemMapper.toItem(campaignId, published)));
    }

    @Override
    public List<PublishedVoid> published(String campaignId) {
        return published(dynamo, table, VoteCounterKeys.campaignPartition(campaignId));
    }

    /** The voids published in a counter partition (a campaign's, or a snapshot's copy of it). */
    public static List<PublishedVoid> published(DynamoDbClient dynamo, String table, String partition) {
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", CounterItems.PARTITION_KEY, "#sk", CounterItems.SORT_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition),
                                ":prefix", AttributeValue.fromS(PublishedVoidItemMapper.SORT_PREFIX))))
                .items().stream().map(PublishedVoidItemMapper::fromItem).toList();
    }
}
