package org.gongjiang.integrity.dynamodb;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.integrity.application.IntegrityStore;
import org.gongjiang.integrity.model.Alert;
import org.gongjiang.integrity.model.AuditRecord;
import org.gongjiang.integrity.model.VoidRecord;
import org.gongjiang.integrity.model.WindowSummary;
import org.gongjiang.platform.dynamodb.Attributes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** The watch's findings and the auditors' work in IntegrityTable (see {@link IntegrityKeys}). */
public final class DynamoIntegrityStore implements IntegrityStore {

    private final DynamoDbClient dynamo;
    private final String table;
    private final SecureRandom random = new SecureRandom();

    public DynamoIntegrityStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<Instant> nextWindow(String campaignId) {
        return item(IntegrityKeys.next(campaignId)).flatMap(item -> Attributes.optionalString(item, "window")).map(IntegrityKeys::windowOf);
    }

    @Override
    public void setNextWindow(String campaignId, Instant windowStart, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(IntegrityKeys.next(campaignId));
        item.put("window", AttributeValue.fromS(IntegrityKeys.window(windowStart)));
        item.put(IntegrityItemMapper.EXPIRES_AT, Attributes.n(expiresAt.getEpochSecond()));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    @Override
    public void putSummary(String campaignId, WindowSummary summary, Instant expiresAt) {
        dynamo.putItem(b -> b.tableName(table).item(IntegrityItemMapper.summary(campaignId, summary, expiresAt)));
    }

    @Override
    public List<WindowSummary> summaries(String campaignId, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("#pk = :pk AND #sk BETWEEN :low AND :high")
                        .expressionAttributeNames(Map.of("#pk", IntegrityKeys.PARTITION_KEY, "#sk", IntegrityKeys.SORT_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(IntegrityKeys.summaryPartition(campaignId)),
                                ":low", AttributeValue.fromS(IntegrityKeys.window(from)),
                                ":high", AttributeValue.fromS(IntegrityKeys.window(to.minusSeconds(1))))))
                .items().stream().map(IntegrityItemMapper::summary).toList();
    }

    @Override
    public boolean raise(Alert alert, Instant expiresAt) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(IntegrityItemMapper.alert(alert, expiresAt))
                    .conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", IntegrityKeys.PARTITION_KEY)));
            return true;
        } catch (ConditionalCheckFailedException raisedBefore) {
            return false;
        }
    }

    @Override
    public void updateEvidence(Alert alert, Instant expiresAt) {
        Map<String, AttributeValue> item = IntegrityItemMapper.alert(alert, expiresAt);
        dynamo.updateItem(b -> b.tableName(table)
                .key(IntegrityKeys.key(IntegrityKeys.alertPartition(alert.campaignId()), alert.alertId()))
                .updateExpression("SET #figures = :figures, #implicated = :implicated")
                .conditionExpression("attribute_exists(#pk)")
                .expressionAttributeNames(Map.of("#figures", "figures", "#implicated", "implicated", "#pk", IntegrityKeys.PARTITION_KEY))
                .expressionAttributeValues(Map.of(":figures", item.get("figures"), ":implicated", item.get("implicated"))));
    }

    @Override
    public Optional<Alert> alert(String campaignId, String alertId) {
        return item(IntegrityKeys.key(IntegrityKeys.alertPartition(campaignId), alertId))
                .map(item -> IntegrityItemMapper.alert(campaignId, item));
    }

    @Override
    public List<Alert> alerts(String campaignId) {
        return partition(IntegrityKeys.alertPartition(campaignId)).stream().map(item -> IntegrityItemMapper.alert(campaignId, item)).toList();
    }

    @Override
    public boolean createVoid(VoidRecord record) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(IntegrityItemMapper.voidItem(record))
                    .conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", IntegrityKeys.PARTITION_KEY)));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    @Override
    public boolean replaceVoid(VoidRecord updated, VoidRecord.Status expected) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(IntegrityItemMapper.voidItem(updated))
                    .conditionExpression("#status = :expected")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":expected", AttributeValue.fromS(expected.name()))));
            return true;
        } catch (ConditionalCheckFailedException movedMeanwhile) {
            return false;
        }
    }

    @Override
    public Optional<VoidRecord> voidRecord(String campaignId, String voidId) {
        return item(IntegrityKeys.key(IntegrityKeys.voidPartition(campaignId), voidId))
                .map(item -> IntegrityItemMapper.voidRecord(campaignId, item));
    }

    @Override
    public List<VoidRecord> voids(String campaignId) {
        return partition(IntegrityKeys.voidPartition(campaignId)).stream()
                .map(item -> IntegrityItemMapper.voidRecord(campaignId, item)).toList();
    }

    @Override
    public void audit(AuditRecord record, Instant expiresAt) {
        byte[] suffix = new byte[6];
        random.nextBytes(suffix);
        String sortKey = record.at().toString() + "#" + HexFormat.of().formatHex(suffix);
        dynamo.putItem(b -> b.tableName(table).item(IntegrityItemMapper.audit(record, sortKey, expiresAt)));
    }

    @Override
    public List<AuditRecord> auditTrail(String campaignId) {
        return partition(IntegrityKeys.auditPartition(campaignId)).stream()
                .map(item -> IntegrityItemMapper.audit(campaignId, item)).toList();
    }

    private Optional<Map<String, AttributeValue>> item(Map<String, AttributeValue> key) {
        var response = dynamo.getItem(b -> b.tableName(table).key(key).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    private List<Map<String, AttributeValue>> partition(String partition) {
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", IntegrityKeys.PARTITION_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition)))
                        .consistentRead(true))
                .items().stream().toList();
    }
}
