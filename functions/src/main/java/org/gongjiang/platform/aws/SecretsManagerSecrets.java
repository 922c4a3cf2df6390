package org.gongjiang.platform.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Reads a secret's value from Secrets Manager once per container, on first use. The value is never in
 * the function's configuration (anyone allowed to read that could recompute voter hashes from known
 * logins), and constructing a handler makes no network call.
 */
final class SecretsManagerSecrets {

    private static final Map<String, SecretsManagerClient> CLIENTS = new ConcurrentHashMap<>();

    private SecretsManagerSecrets() {
    }

    /** The secret's string value, fetched on the first {@code get()} and kept. */
    static Supplier<String> value(String secretArn, String region, String endpoint) {
        return new Supplier<>() {
            private volatile String value;

            @Override
            public String get() {
                String known = value;
                if (known == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = client(region, endpoint).getSecretValue(b -> b.secretId(secretArn)).secretString();
                        }
                        known = value;
                    }
                }
                return known;
            }
        };
    }

    private static SecretsManagerClient client(String region, String endpoint) {
        return CLIENTS.computeIfAbsent(region + "|" + endpoint, key -> {
            var builder = SecretsManagerClient.builder()
                    .region(Region.of(region == null || region.isBlank() ? "us-east-1" : region))
                    .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(2))
                            .socketTimeout(Duration.ofSeconds(5)).build());
            if (endpoint != null && !endpoint.isBlank()) {
                builder.endpointOverride(URI.create(endpoint))
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
            } else {
                builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
            }
            return builder.build();
        });
    }
}
