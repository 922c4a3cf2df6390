package org.gongjiang.platform.aws;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What every function's wiring is made of: the one DynamoDB client of the container, the clock, the
 * names of the tables and secrets (each one environment variable that template.yaml sets from the
 * resource's Ref; a test checks that a function's policies cover exactly the tables whose variables it
 * reads), and keys read from Secrets Manager on first use. Each capability's {@code *Wiring} builds its
 * services from these for the handlers' no-arg constructors.
 */
public final class Wiring {

    public static final String CAMPAIGNS_TABLE = "CAMPAIGNS_TABLE";
    public static final String CANDIDATES_TABLE = "CANDIDATES_TABLE";
    public static final String VOTES_TABLE = "VOTES_TABLE";
    public static final String COUNTERS_TABLE = "COUNTERS_TABLE";
    public static final String NOMINATIONS_TABLE = "NOMINATIONS_TABLE";
    public static final String VOTER_HASH_KEY_SECRET_ARN = "VOTER_HASH_KEY_SECRET_ARN";
    public static final String PERSONAL_DATA_KEY_SECRET_ARN = "PERSONAL_DATA_KEY_SECRET_ARN";
    public static final String DIRECTORY_CACHE_SECONDS = "DIRECTORY_CACHE_SECONDS";
    public static final String ATTACHMENTS_BUCKET = "ATTACHMENTS_BUCKET";

    private Wiring() {
    }

    public static DynamoDbClient dynamo() {
        return DynamoDbClients.shared(Environment.optional("AWS_REGION").orElse(null),
                Environment.optional("DYNAMODB_ENDPOINT").orElse(null));
    }

    /** The container's S3 client, talking to {@code S3_ENDPOINT} when it is set (the local store). */
    public static S3Clients.S3Access s3() {
        return S3Clients.shared(Environment.optional("AWS_REGION").orElse(null), Environment.optional("S3_ENDPOINT").orElse(null));
    }

    public static Clock clock() {
        return Environment.clock();
    }

    /** The name of the table the function's environment gives under {@code variable}. */
    public static String table(String variable) {
        return Environment.require(variable);
    }

    /** How long the campaign and ballot caches keep what they read. */
    public static Duration directoryCache() {
        return Duration.ofSeconds(Environment.optional(DIRECTORY_CACHE_SECONDS).map(Long::parseLong).orElse(30L));
    }

    /** The value of the Secrets Manager secret whose ARN the environment gives under {@code arnVariable}, read on first use. */
    public static Supplier<String> secret(String arnVariable) {
        return SecretsManagerSecrets.value(Environment.require(arnVariable),
                Environment.optional("AWS_REGION").orElse(null), Environment.optional("SECRETSMANAGER_ENDPOINT").orElse(null));
    }

    /** {@code supplier}'s value, computed once, on first use. */
    public static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** A collaborator this function must never use (a key it is not given): failing loudly if it is. */
    public static <T> Supplier<T> withheld(String why) {
        return () -> {
            throw new IllegalStateException(why);
        };
    }
}
