package org.gongjiang.local.emulator.dynamodb;

import static org.gongjiang.local.template.SamTemplate.list;
import static org.gongjiang.local.template.SamTemplate.map;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongjiang.local.template.SamTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;

/**
 * Creates the tables of template.yaml in DynamoDB Local from the template's own AWS::DynamoDB::Table
 * properties, so the local tables cannot drift from what deploys. Each table is named by its logical id.
 */
public final class LocalTables {

    /** Properties with no meaning in DynamoDB Local (durability, encryption, tags, capacity warmed ahead). */
    private static final Set<String> NOT_LOCAL = Set.of(
            "PointInTimeRecoverySpecification", "SSESpecification", "Tags", "DeletionProtectionEnabled",
            "ContributorInsightsSpecification", "TableClass", "WarmThroughput");
    private static final Set<String> SUPPORTED = Set.of(
            "BillingMode", "AttributeDefinitions", "KeySchema", "GlobalSecondaryIndexes", "StreamSpecification",
            "TimeToLiveSpecification");

    private LocalTables() {
    }

    /** Creates every table that does not exist yet (a persistent data folder keeps them across runs). */
    public static void createAll(DynamoDbClient dynamo, SamTemplate template) {
        template.tables().forEach((logicalId, properties) -> create(dynamo, logicalId, properties));
    }

    public static CreateTableRequest request(String tableName, Map<String, Object> properties) {
        for (String property : properties.keySet()) {
            if (!SUPPORTED.contains(property) && !NOT_LOCAL.contains(property)) {
                throw new IllegalArgumentException(tableName + ": the local stack does not create tables with " + property);
            }
        }
        if (!"PAY_PER_REQUEST".equals(properties.get("BillingMode"))) {
            throw new IllegalArgumentException(tableName + ": tables are on-demand (BillingMode PAY_PER_REQUEST)");
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(list(properties.get("AttributeDefinitions")).stream()
                        .map(SamTemplate::map)
                        .map(a -> AttributeDefinition.builder()
                                .attributeName(String.valueOf(a.get("AttributeName")))
                                .attributeType(String.valueOf(a.get("AttributeType")))
                                .build())
                        .toList())
                .keySchema(keySchema(properties.get("KeySchema")));
        List<GlobalSecondaryIndex> indexes = list(properties.get("GlobalSecondaryIndexes")).stream()
                .map(SamTemplate::map)
                .map(index -> {
                    Map<String, Object> projection = map(index.get("Projection"));
                    return GlobalSecondaryIndex.builder()
                            .indexName(String.valueOf(index.get("IndexName")))
                            .keySchema(keySchema(index.get("KeySchema")))
                            .projection(Projection.builder()
                                    .projectionType(String.valueOf(projection.getOrDefault("ProjectionType", "ALL")))
                                    .nonKeyAttributes(list(projection.get("NonKeyAttributes")).stream().map(String::valueOf).toList())
                                    .build())
                            .build();
                })
                .toList();
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        Map<String, Object> stream = map(properties.get("StreamSpecification"));
        if (!stream.isEmpty()) {
            request.streamSpecification(StreamSpecification.builder()
                    .streamEnabled(true)
                    .streamViewType(String.valueOf(stream.get("StreamViewType")))
                    .build());
        }
        return request.build();
    }

    private static void create(DynamoDbClient dynamo, String tableName, Map<String, Object> properties) {
        if (exists(dynamo, tableName)) {
            return;
        }
        dynamo.createTable(request(tableName, properties));
        Map<String, Object> ttl = map(properties.get("TimeToLiveSpecification"));
        if (Boolean.parseBoolean(String.valueOf(ttl.get("Enabled")))) {
            dynamo.updateTimeToLive(b -> b.tableName(tableName).timeToLiveSpecification(
                    s -> s.attributeName(String.valueOf(ttl.get("AttributeName"))).enabled(true)));
        }
    }

    private static boolean exists(DynamoDbClient dynamo, String tableName) {
        try {
            dynamo.describeTable(b -> b.tableName(tableName));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    private static List<KeySchemaElement> keySchema(Object value) {
        return list(value).stream()
                .map(SamTemplate::map)
                .map(k -> KeySchemaElement.builder()
                        .attributeName(String.valueOf(k.get("AttributeName")))
                        .keyType(String.valueOf(k.get("KeyType")))
                        .build())
                .toList();
    }
}
