package org.gongjiang.platform.aws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Reads a secret's value from Secrets Manager once per container, on first use. The value is never in
 * the function's configuration (anyone allowed to read that could recompute voter hashes from known
 * logins), and constructing a handler makes no network call (it builds the client).
 */
final class SecretsManagerSecrets {

    private static final Map<String, SecretsManagerClient> CLIENTS = new ConcurrentHashMap<>();

    private SecretsManagerSecrets() {
    }

    /**
     * The secret's string value, fetched on the first {@code get()} and kept. The client is built now, with
     * the handler (no network call): building it loads a few hundred SDK classes, which the first request
     * would otherwise wait for (local/cold-start measured it on the vote's first invocation).
     */
    static Supplier<String> value(String secretArn, String region, String endpoint) {
        SecretsManagerClient client = client(region, endpoint);
        return new Supplier<>() {
            private volatile String value;

            @Override
            public String get() {
                String known = value;
                if (known == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = client.getSecretValue(b -> b.secretId(secretArn)).secretString();
                        }
                        known = value;
                    }
                }
                return known;
            }
        };
    }

    private static SecretsManagerClient client(String region, String endpoint) {
        return CLIENTS.computeIfAbsent(region + "|" + endpoint, key -> AwsClients.build(SecretsManagerClient.builder(), region, endpoint));
    }
}
