package org.gongjiang.local.emulator.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.gongjiang.platform.model.Language;
import org.gongjiang.platform.model.LocalizedText;

/**
 * The pages at {@code /}, as the template's CloudFront distribution serves them from their bucket: the
 * files of the {@code pages} module from the classpath ({@code public/}), compressed when the browser
 * accepts it, with the distribution's security headers. {@code /config.json}, which on AWS is written
 * into the bucket at deployment, is made here: the pages find the local login provider through it.
 */
public final class StaticSite {

    /** The same policy as the template's response headers policy: no inline script, no framing. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'; object-src 'none'";

    private static final String ROOT = "public";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json"));
    private static final int COMPRESS_ABOVE_BYTES = 1024;

    private final ClassLoader loader;
    private final java.util.function.Function<HttpFront.Request, Map<String, Object>> configuration;
    private final Map<String, Optional<File>> files = new ConcurrentHashMap<>();
    private volatile String contentSecurityPolicy = CONTENT_SECURITY_POLICY;

    /** @param configuration what {@code /config.json} answers for a request (the login provider's addresses) */
    public StaticSite(java.util.function.Function<HttpFront.Request, Map<String, Object>> configuration) {
        this(StaticSite.class.getClassLoader(), configuration);
    }

    StaticSite(ClassLoader loader, java.util.function.Function<HttpFront.Request, Map<String, Object>> configuration) {
        this.loader = loader;
        this.configuration = configuration;
    }

    /**
     * Lets the pages' scripts also reach {@code origin} (connect-src): the attachments store, which the
     * clerk's page PUTs files to through pre-signed URLs. It starts after the front, so it is told here.
     */
    public void allowConnectionsTo(String origin) {
        contentSecurityPolicy = CONTENT_SECURITY_POLICY.replace("connect-src 'self';", "connect-src 'self' " + origin + ";");
    }

    /** The policy this site sends now. */
    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    /** Whether the front should ask this site rather than the API's routes. */
    public static boolean serves(HttpFront.Request request) {
        String path = request.path();
        return (request.method().equals("GET") || request.method().equals("HEAD"))
                && !path.startsWith("/v1/") && !path.equals("/v1") && !path.startsWith("/local/") && !path.equals("/local");
    }

    public HttpFront.Response handle(HttpFront.Request request, Language language) {
        String path = request.path();
        if (path.equals("/config.json")) {
            HttpFront.Response answer = HttpFront.Response.json(200, configuration.apply(request));
            secure(answer.headers());
            return answer;
        }
        Optional<File> file = resolve(path);
        if (file.isEmpty() && !path.endsWith("/") && !lastSegment(path).contains(".")) {
            // a folder without its slash: as S3 website hosting and CloudFront's index function do
            if (resolve(path + "/").isPresent()) {
                HttpFront.Response moved = new HttpFront.Response(301, new LinkedHashMap<>(), List.of(), new byte[0]);
                moved.headers().put("Location", path + "/" + (request.rawQuery() == null ? "" : "?" + request.rawQuery()));
                return moved;
            }
        }
        if (file.isEmpty()) {
            return notFound(request, language);
        }
        File found = file.get();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", found.type());
        // File names carry no content hash, so nothing is cached long: a new deployment shows within minutes.
        headers.put("Cache-Control", found.type().startsWith("text/html") ? "no-cache" : "public, max-age=300");
        headers.put("ETag", found.etag());
        headers.put("Vary", "Accept-Encoding");
        secure(headers);
        String ifNoneMatch = request.header("if-none-match");
        if (ifNoneMatch != null && ifNoneMatch.contains(found.etag())) {
            return new HttpFront.Response(304, headers, List.of(), new byte[0]);
        }
        String acceptEncoding = request.header("accept-encoding");
        if (found.gzipped() != null && acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip")) {
            headers.put("Content-Encoding", "gzip");
            return new HttpFront.Response(200, headers, List.of(), found.gzipped());
        }
        return new HttpFront.Response(200, headers, List.of(), found.bytes());
    }

    private void secure(Map<String, String> headers) {
        headers.put("Content-Security-Policy", contentSecurityPolicy);
        headers.put("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    private HttpFront.Response notFound(HttpFront.Request request, Language language) {
        return HttpFront.platformProblem(404, "route-not-found", LocalizedText.of("未找到", "Not found"),
                LocalizedText.of("没有这个页面：%s。", "There is no page %s.").formatted(request.path()), language,
                request.path(), request.requestId());
    }

    private Optional<File> resolve(String path) {
        String relative = path.endsWith("/") ? path + "index.html" : path;
        if (relative.contains("..") || relative.contains("%") || relative.contains("\\") || relative.contains("//")) {
            return Optional.empty();
        }
        return files.computeIfAbsent(relative, this::load);
    }

    private Optional<File> load(String relative) {
        String extension = lastSegment(relative).contains(".")
                ? lastSegment(relative).substring(lastSegment(relative).lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String type = TYPES.get(extension);
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(ROOT + relative)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            boolean compressible = type.startsWith("text/") || type.contains("json") || type.contains("svg");
            return Optional.of(new File(type, bytes, compressible && bytes.length > COMPRESS_ABOVE_BYTES ? gzip(bytes) : null,
                    "\"" + sha256(bytes).substring(0, 16) + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record File(String type, byte[] bytes, byte[] gzipped, String etag) {
    }
}
