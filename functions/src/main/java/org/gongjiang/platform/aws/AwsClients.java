package org.gongjiang.platform.aws;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * How every AWS client of a function is built: the URL-connection HTTP client with short timeouts
 * (a function waits seconds, not minutes), the retry settings below, the function's region, and the
 * default credentials chain; or, where the environment names an endpoint (the local stack), that
 * endpoint with fixed local credentials.
 *
 * <p>Retries, chosen to fit inside the 10 s timeout of the HTTP functions (API Gateway waits 30 s):
 * at most 4 attempts; after a 5xx or a timeout a full-jitter delay from 25 ms doubling up to 500 ms;
 * after throttling from 100 ms doubling up to 1 s; each attempt at most 4 s (a socket that stalls),
 * the whole call at most 9 s. The SDK's retry circuit breaker stays on: when AWS keeps failing, calls
 * stop retrying at once and the function answers 503 with Retry-After instead of piling retries on a
 * service that is down. Every write the functions make is conditional or idempotent, so a retry of a
 * write that did take effect is harmless.
 */
final class AwsClients {

    static final int MAX_ATTEMPTS = 4;
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(4);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(9);

    private AwsClients() {
    }

    static ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(MAX_ATTEMPTS)
                        .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(25), Duration.ofMillis(500)))
                        .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(1)))
                        .build())
                .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                .apiCallTimeout(CALL_TIMEOUT)
                .build();
    }

    static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, String region, String endpoint) {
        builder.region(Region.of(region == null || region.isBlank() ? "us-east-1" : region))
                .overrideConfiguration(overrides())
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
