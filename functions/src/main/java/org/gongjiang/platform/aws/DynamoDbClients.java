package org.gongjiang.platform.aws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One DynamoDB client per container (per endpoint), built on first use and shared by every store. The
 * URL-connection HTTP client keeps the deployment small and SnapStart restores fast. Credentials come
 * from the default provider chain: with SnapStart, Lambda hands them out through the container
 * credentials endpoint (AWS_CONTAINER_CREDENTIALS_FULL_URI), not the AWS_ACCESS_KEY_ID variables.
 * Dummies when an endpoint override points at DynamoDB Local.
 */
public final class DynamoDbClients {

    private static final Map<String, DynamoDbClient> CLIENTS = new ConcurrentHashMap<>();

    private DynamoDbClients() {
    }

    /** The shared client for {@code region}, talking to {@code endpoint} when it is set (DynamoDB Local). */
    public static DynamoDbClient shared(String region, String endpoint) {
        String key = region + "|" + (endpoint == null ? "" : endpoint);
        return CLIENTS.computeIfAbsent(key, k -> create(region, endpoint));
    }

    static DynamoDbClient create(String region, String endpoint) {
        return AwsClients.build(DynamoDbClient.builder(), region, endpoint);
    }
}
