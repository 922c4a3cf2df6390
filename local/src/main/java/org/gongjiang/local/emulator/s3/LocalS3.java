package org.gongjiang.local.emulator.s3;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gongjiang.local.template.Intrinsics;
import org.gongjiang.local.template.SamTemplate;
import org.jclouds.ContextBuilder;
import org.jclouds.apis.ApiMetadata;
import org.jclouds.blobstore.TransientApiMetadata;
import org.jclouds.filesystem.FilesystemApiMetadata;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.options.ListContainerOptions;

/**
 * The local stack's S3: S3Proxy (an S3-compatible server from Maven Central) in-process, over a jclouds
 * blob store that is in memory, or under {@code <data-dir>/s3} when the stack keeps its data. It checks
 * SigV4 signatures (headers and pre-signed query strings, expiry included) with the local credentials
 * the functions sign with, and answers CORS for the local pages' origin only, as the template's bucket
 * does for the pages' domain.
 */
public final class LocalS3 implements AutoCloseable {

    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local";

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final String endpoint;
    private final Map<String, String> buckets;

    private LocalS3(S3Proxy proxy, BlobStoreContext context, String endpoint, Map<String, String> buckets) {
        this.proxy = proxy;
        this.context = context;
        this.endpoint = endpoint;
        this.buckets = buckets;
    }

    /**
     * Starts the store on {@code host} (a free port) and creates the template's buckets, each named its
     * logical id in lower case; CORS allows {@code pagesOrigin} only.
     */
    public static LocalS3 start(String host, String reachableHost, Optional<Path> directory, Map<String, String> buckets,
                                String pagesOrigin) throws Exception {
        Properties properties = new Properties();
        // named by their metadata, not by id: a lookup by id loads every provider S3Proxy's jar lists
        // (the Azure one among them, whose libraries are left out)
        ApiMetadata api = new TransientApiMetadata();
        if (directory.isPresent()) {
            Files.createDirectories(directory.get());
            api = new FilesystemApiMetadata();
            properties.setProperty("jclouds.filesystem.basedir", directory.get().toAbsolutePath().toString());
        }
        BlobStoreContext context = ContextBuilder.newBuilder(api).overrides(properties).build(BlobStoreContext.class);
        try {
            CrossOriginResourceSharing cors = new CrossOriginResourceSharing(List.of(pagesOrigin), List.of("GET", "PUT", "HEAD"),
                    List.of("content-type", "content-length"), List.of("ETag"), "false");
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(context.getBlobStore())
                    .endpoint(URI.create("http://" + host + ":0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .corsRules(cors)
                    // the SDK sends headers S3 takes and S3Proxy does not know (it would answer 501)
                    .ignoreUnknownHeaders(true)
                    .build();
            proxy.start();
            while (!proxy.getState().equals("STARTED")) {
                Thread.sleep(10);
            }
            String endpoint = "http://" + reachableHost + ":" + proxy.getPort();
            buckets.values().forEach(name -> context.getBlobStore().createContainerInLocation(null, name));
            return new LocalS3(proxy, context, endpoint, buckets);
        } catch (Exception | Error e) {
            context.close();
            throw e;
        }
    }

    /**
     * The buckets the stack makes, by logical id: the template's buckets that name themselves (BucketName;
     * the attachments bucket, which the functions reach by that name), under their local names. The pages
     * bucket is not one: the front serves the static site itself.
     */
    public static Map<String, String> bucketNames(SamTemplate template, Intrinsics intrinsics) {
        Map<String, String> buckets = new java.util.LinkedHashMap<>();
        SamTemplate.map(template.document().get("Resources")).forEach((id, resource) -> {
            Map<String, Object> definition = SamTemplate.map(resource);
            Object name = SamTemplate.map(definition.get("Properties")).get("BucketName");
            if ("AWS::S3::Bucket".equals(definition.get("Type")) && name != null) {
                buckets.put(id, intrinsics.resolve(name));
            }
        });
        return Map.copyOf(buckets);
    }

    /** Where the functions and browsers on this machine reach the store (path-style). */
    public String endpoint() {
        return endpoint;
    }

    /** The bucket names by the template's logical ids. */
    public Map<String, String> buckets() {
        return buckets;
    }

    /** Every key in {@code bucket} (tests: what is stored). */
    public List<String> keys(String bucket) {
        BlobStore store = context.getBlobStore();
        List<String> keys = new ArrayList<>();
        String marker = null;
        do {
            ListContainerOptions options = ListContainerOptions.Builder.recursive();
            if (marker != null) {
                options.afterMarker(marker);
            }
            var page = store.list(bucket, options);
            for (StorageMetadata metadata : page) {
                keys.add(metadata.getName());
            }
            marker = page.getNextMarker();
        } while (marker != null);
        return keys;
    }

    @Override
    public void close() throws Exception {
        try {
            proxy.stop();
        } finally {
            context.close();
        }
    }
}
