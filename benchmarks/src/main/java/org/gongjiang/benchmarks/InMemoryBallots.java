package org.gongjiang.benchmarks;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The votes table in memory, for the one request a vote makes: DynamoBallotStore's conditional UpdateItem
 * ({@code SET #candidate = :vote, ... ADD #n :one} if {@code attribute_not_exists(#candidate) AND
 * (attribute_not_exists(#n) OR #n < :limit)}), applied to a map of items, answering UPDATED_NEW's count or
 * the refusal with the item as it stood, as DynamoDB does. Any other request is not served.
 */
final class InMemoryBallots implements DynamoDbClient {

    private static final String UPDATE = "SET #candidate = :vote, #cid = :campaignId, #d = :day, #expiresAt = :expiresAt ADD #n :one";

    private final Map<Map<String, AttributeValue>, Map<String, AttributeValue>> items = new HashMap<>();

    void clear() {
        items.clear();
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        if (!UPDATE.equals(request.updateExpression())) {
            throw new UnsupportedOperationException("only the ballot's update is served: " + request.updateExpression());
        }
        Map<String, String> names = request.expressionAttributeNames();
        Map<String, AttributeValue> values = request.expressionAttributeValues();
        Map<String, AttributeValue> item = items.computeIfAbsent(request.key(), key -> new HashMap<>(key));
        String candidate = names.get("#candidate");
        String count = names.get("#n");
        int cast = item.containsKey(count) ? Integer.parseInt(item.get(count).n()) : 0;
        if (item.containsKey(candidate) || cast >= new BigDecimal(values.get(":limit").n()).intValue()) {
            throw ConditionalCheckFailedException.builder().message("The conditional request failed").item(Map.copyOf(item)).build();
        }
        item.put(candidate, values.get(":vote"));
        item.put(names.get("#cid"), values.get(":campaignId"));
        item.put(names.get("#d"), values.get(":day"));
        item.put(names.get("#expiresAt"), values.get(":expiresAt"));
        AttributeValue updated = AttributeValue.fromN(Integer.toString(cast + 1));
        item.put(count, updated);
        return UpdateItemResponse.builder().attributes(Map.of(count, updated, candidate, values.get(":vote"))).build();
    }

    @Override
    public String serviceName() {
        return "dynamodb";
    }

    @Override
    public void close() {
    }
}
