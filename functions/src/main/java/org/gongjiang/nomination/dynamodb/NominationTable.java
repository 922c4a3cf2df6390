package org.gongjiang.nomination.dynamodb;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.campaign.dynamodb.CampaignKeys;
import org.gongjiang.nomination.model.AuditEntry;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.platform.dynamodb.Attributes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * NominationsTable's reads and the actions its transactions are made of, shared by the stores that
 * write it (nominations, and their review): every change of a nomination is a put conditional on the
 * version it was read at, with its audit entry keyed by the new version.
 */
public final class NominationTable {

    private final DynamoDbClient dynamo;
    private final String table;
    private final String campaignsTable;

    public NominationTable(DynamoDbClient dynamo, String table, String campaignsTable) {
        this.dynamo = dynamo;
        this.table = table;
        this.campaignsTable = campaignsTable;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    /** The nomination as changed, on condition that the stored one is still at {@code expectedVersion}. */
    public TransactWriteItem versioned(Nomination changed, long expectedVersion) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(NominationItemMapper.toItem(changed))
                .conditionExpression("#version = :expected")
                .expressionAttributeNames(Map.of("#version", NominationItemMapper.VERSION))
                .expressionAttributeValues(Map.of(":expected", Attributes.n(expectedVersion)))
                .build()).build();
    }

    /** The audit entry of the change that made {@code changed}. */
    public TransactWriteItem audit(AuditEntry audit, Nomination changed) {
        return put(NominationItemMapper.auditItem(audit, changed.version(), changed.expiresAt()), false);
    }

    public TransactWriteItem put(Map<String, AttributeValue> item, boolean onlyIfNew) {
        Put.Builder put = Put.builder().tableName(table).item(item);
        if (onlyIfNew) {
            put.conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", NominationKeys.PARTITION_KEY));
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    public TransactWriteItem delete(Map<String, AttributeValue> key) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key).build()).build();
    }

    /** One more of {@code counter} on the campaign's item in CampaignsTable; the campaign must exist. */
    public TransactWriteItem campaignCount(String campaignId, String counter) {
        return TransactWriteItem.builder().update(Update.builder().tableName(campaignsTable)
                .key(CampaignKeys.key(campaignId))
                .updateExpression("ADD #counter :one")
                .conditionExpression("attribute_exists(#id)")
                .expressionAttributeNames(Map.of("#counter", counter, "#id", CampaignKeys.PARTITION_KEY))
                .expressionAttributeValues(Map.of(":one", Attributes.n(1)))
                .build()).build();
    }

    /** The item under {@code key}, read consistently. */
    public Optional<Map<String, AttributeValue>> item(Map<String, AttributeValue> key) {
        var response = dynamo.getItem(b -> b.tableName(table).key(key).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    /** The items of a nomination's own partition whose sort key starts with {@code prefix} (its audit trail, scores, objections). */
    public List<Map<String, AttributeValue>> ofNomination(String campaignId, String nominationId, String prefix) {
        return prefixed(NominationKeys.nominationPartition(campaignId, nominationId), prefix, true);
    }

    /** The campaign's items whose sort key starts with {@code prefix} (its nominations). */
    public List<Map<String, AttributeValue>> ofCampaign(String campaignId, String prefix) {
        return prefixed(NominationKeys.campaignPartition(campaignId), prefix, false);
    }

    private List<Map<String, AttributeValue>> prefixed(String partition, String prefix, boolean consistent) {
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", NominationKeys.PARTITION_KEY, "#sk", NominationKeys.SORT_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition), ":prefix", AttributeValue.fromS(prefix)))
                        .consistentRead(consistent))
                .items().stream().toList();
    }

    /** The campaign's nominations at a status, from the byStatus index. */
    public List<Map<String, AttributeValue>> byStatus(String statusKey) {
        return dynamo.queryPaginator(b -> b.tableName(table).indexName(NominationKeys.STATUS_INDEX)
                        .keyConditionExpression("#status = :status")
                        .expressionAttributeNames(Map.of("#status", NominationKeys.STATUS_KEY))
                        .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(statusKey))))
                .items().stream().toList();
    }
}
