package org.gongjiang.attachment.s3;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.attachment.application.ObjectStore;
import org.gongjiang.platform.aws.S3Clients;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The attachments bucket. Pre-signed URLs are signed here with the SDK's SigV4 signer (query-string
 * form, unsigned payload) rather than S3Presigner, for one reason: the signing time is the function's
 * clock, so that the local stack can issue a URL that is already expired (a test moves the clock).
 * An upload URL signs Content-Type and Content-Length: S3 refuses a PUT of another type or size.
 */
public final class S3ObjectStore implements ObjectStore {

    private final S3Clients.S3Access s3;
    private final String bucket;
    private final Clock clock;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    public S3ObjectStore(S3Clients.S3Access s3, String bucket, Clock clock) {
        this.s3 = s3;
        this.bucket = bucket;
        this.clock = clock;
    }

    @Override
    public PresignedRequest presignUpload(String key, String contentType, long size, Duration lifetime) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Content-Length", Long.toString(size));
        return presign(SdkHttpMethod.PUT, key, headers, Map.of(), lifetime);
    }

    @Override
    public PresignedRequest presignDownload(String key, String fileName, String contentType, Duration lifetime) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response-content-type", contentType);
        query.put("response-content-disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        return presign(SdkHttpMethod.GET, key, Map.of(), query, lifetime);
    }

    private PresignedRequest presign(SdkHttpMethod method, String key, Map<String, String> headers, Map<String, String> query,
                                     Duration lifetime) {
        URI uri = URI.create(s3.client().utilities().getUrl(b -> b.bucket(bucket).key(key)).toExternalForm());
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(method).uri(uri);
        request.putHeader("Host", uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
        headers.forEach(request::putHeader);
        query.forEach(request::putRawQueryParameter);
        Clock signingClock = clock;
        SignedRequest signed = signer.sign(r -> r.identity(s3.credentials().resolveCredentials())
                .request(request.build())
                .putProperty(AwsV4HttpSigner.REGION_NAME, s3.region())
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, lifetime)
                .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
                .putProperty(HttpSigner.SIGNING_CLOCK, signingClock));
        return new PresignedRequest(signed.request().getUri().toString(), method.name(), headers, signingClock.instant().plus(lifetime));
    }

    @Override
    public Optional<byte[]> read(String key, long maxBytes) {
        try (ResponseInputStream<GetObjectResponse> object = s3.client().getObject(b -> b.bucket(bucket).key(key))) {
            Long length = object.response().contentLength();
            if (length != null && length > maxBytes) {
                object.abort();
                return Optional.empty();
            }
            byte[] content = readAtMost(object, maxBytes);
            return content == null ? Optional.empty() : Optional.of(content);
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("reading " + key, e);
        }
    }

    private static byte[] readAtMost(InputStream input, long maxBytes) throws IOException {
        byte[] content = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return content.length > maxBytes ? null : content;
    }

    @Override
    public Optional<Long> size(String key) {
        try {
            return Optional.ofNullable(s3.client().headObject(b -> b.bucket(bucket).key(key)).contentLength());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void write(String key, byte[] content, String contentType) {
        s3.client().putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(content));
    }

    @Override
    public void delete(String key) {
        s3.client().deleteObject(b -> b.bucket(bucket).key(key));
    }

    @Override
    public List<String> keys(String prefix) {
        List<String> keys = new ArrayList<>();
        s3.client().listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key).forEach(keys::add);
        return keys;
    }
}
