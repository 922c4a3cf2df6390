package org.gongjiang.acceptance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The product's OpenAPI document (the one GET /v1/openapi.json serves, read from the functions jar)
 * as a contract every real response is held to: the operation of the method and path, a documented
 * status, a documented media type, and a body valid against its JSON Schema (2020-12, formats
 * asserted). Which operation and status were seen is kept so a test can tell what was exercised.
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://gongjiang.test/openapi.json";
    private static final OpenApiContract INSTANCE = new OpenApiContract(read());

    private final String text;
    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    /** One operation: its method, path template, the pattern of concrete paths it serves, and its JSON pointer. */
    public record Operation(String method, String template, Pattern pattern, String pointer, JsonNode node) {
        public String operationId() {
            return node.path("operationId").asText();
        }
    }

    private OpenApiContract(String text) {
        this.text = text;
        try {
            this.document = JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.json is not JSON", e);
        }
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, text))));
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (Set.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                    operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), pattern(path.getKey()),
                            "/paths/" + escape(path.getKey()) + "/" + method.getKey(), method.getValue()));
                }
            }
        }
        // a literal segment wins over a parameter (".../stats/datapackage.json" before ".../stats/snapshots/{date}")
        operations.sort(Comparator.comparingInt((Operation o) -> o.template().split("\\{", -1).length)
                .thenComparing(o -> -o.template().length()));
    }

    public static OpenApiContract get() {
        return INSTANCE;
    }

    public String text() {
        return text;
    }

    public JsonNode document() {
        return document;
    }

    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** "operationId status" of every response checked so far in this JVM. */
    public Set<String> seen() {
        return new TreeSet<>(seen);
    }

    /** The operation serving {@code method path} (path without the query), if the document has one. */
    public Optional<Operation> operation(String method, String path) {
        return operations.stream().filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches()).findFirst();
    }

    /**
     * What is wrong with this response by the document: empty when it conforms. A request to a route the
     * document does not have is not checked here (no such route exists; that every route of the template
     * is documented is TemplateIT's and OpenApiIT's business).
     */
    public List<String> violations(String method, String pathAndQuery, int status, String contentType, String body) {
        String path = pathAndQuery.split("\\?", 2)[0];
        Optional<Operation> match = operation(method, path);
        if (match.isEmpty() || path.startsWith("/local/")) {
            return List.of();
        }
        Operation operation = match.get();
        String where = method + " " + path + " (" + operation.operationId() + ") answered " + status;
        String responsePointer = operation.pointer() + "/responses/" + status;
        JsonNode response = document.at(responsePointer);
        if (response.isMissingNode()) {
            return List.of(where + ": status not documented");
        }
        while (response.has("$ref")) {
            responsePointer = response.path("$ref").asText().substring(1);
            response = document.at(responsePointer);
        }
        seen.add(operation.operationId() + " " + status);
        JsonNode content = response.path("content");
        if (body == null || body.isEmpty()) {
            return content.isMissingNode() || content.isEmpty() ? List.of() : List.of(where + ": documented with content, came empty");
        }
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase();
        if (!content.has(mediaType)) {
            return List.of(where + ": media type '" + mediaType + "' not documented (" + fieldNames(content) + ")");
        }
        if (!mediaType.endsWith("json")) {
            return List.of();
        }
        String schemaPointer = responsePointer + "/content/" + escape(mediaType) + "/schema";
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            return List.of(where + ": " + mediaType + " that is not JSON");
        }
        Set<ValidationMessage> messages = schema(schemaPointer).validate(instance);
        return messages.stream().map(m -> where + ": " + m.getMessage()).sorted().toList();
    }

    /** A named component schema, for tests that check a document the API serves within another response. */
    public JsonSchema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> factory.getSchema(SchemaLocation.of(BASE + "#" + p), config));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A path template as a pattern: a parameter is one segment, the greedy {resource} of snapshots any rest. */
    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String piece : template.split("(?=\\{)|(?<=\\})")) {
            if (piece.startsWith("{")) {
                regex.append(piece.equals("{resource}") ? ".+" : "[^/]+");
            } else {
                regex.append(Pattern.quote(piece));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** A JSON pointer token (RFC 6901), kept as a URI fragment may carry it. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String read() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is not on the class path (functions/src/main/resources)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
