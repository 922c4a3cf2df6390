package org.gongjiang.platform.aws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One S3 client per container (per endpoint), built as every AWS client of a function is. Checksums
 * only where S3 requires them: the SDK's default trailing checksums would send aws-chunked bodies that
 * S3-compatible stores (the local stack's) do not all take, and the files are small and checked by
 * content anyway. With an endpoint (the local store) requests are path-style and signed with the local
 * dummies. The credentials provider is handed out too: pre-signed URLs are signed with it.
 */
public final class S3Clients {

    /** The client and what pre-signing needs besides it. */
    public record S3Access(S3Client client, AwsCredentialsProvider credentials, String region) {
    }

    private static final Map<String, S3Access> CLIENTS = new ConcurrentHashMap<>();

    private S3Clients() {
    }

    public static S3Access shared(String region, String endpoint) {
        String key = region + "|" + (endpoint == null ? "" : endpoint);
        return CLIENTS.computeIfAbsent(key, k -> create(region, endpoint));
    }

    static S3Access create(String region, String endpoint) {
        boolean local = endpoint != null && !endpoint.isBlank();
        S3Client client = AwsClients.build(S3Client.builder()
                .forcePathStyle(local)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED), region, endpoint);
        AwsCredentialsProvider credentials = local
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
                : DefaultCredentialsProvider.builder().build();
        return new S3Access(client, credentials, region == null || region.isBlank() ? "us-east-1" : region);
    }
}
