package org.gongjiang.platform.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
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
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
