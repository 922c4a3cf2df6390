package org.gongjiang.store.dynamodb;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One DynamoDB client per container (per endpoint), built on first use and shared by every store. The
 * URL-connection HTTP client keeps the deployment small and SnapStart restores fast; the credentials
 * come from Lambda's environment, or are dummies when an endpoint override points at DynamoDB Local.
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
        var builder = DynamoDbClient.builder()
                .region(Region.of(region == null || region.isBlank() ? "us-east-1" : region))
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(5))
                        .build());
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        } else {
            builder.credentialsProvider(EnvironmentVariableCredentialsProvider.create());
        }
        return builder.build();
    }
}
