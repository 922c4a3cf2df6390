package org.gongjiang.handler;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongjiang.domain.FieldError;
import org.gongjiang.domain.InvalidInputException;
import org.gongjiang.domain.LocalizedText;

/**
 * A request body read strictly: at most 8 KiB, one JSON object, no duplicate members. Its members are
 * read through {@link JsonFields}, which refuses unknown members and wrong types at every level and
 * collects every problem, so that one 400 lists all of them.
 */
final class JsonBody {

    static final int MAX_BYTES = 8 * 1024;

    private final ObjectNode root;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonBody(ObjectNode root) {
        this.root = root;
    }

    /** Parses the body as one JSON object (malformed, empty or oversized bodies are refused at once). */
    static JsonBody parse(ApiRequest request) {
        return parse(request, MAX_BYTES);
    }

    static JsonBody parse(ApiRequest request, int maxBytes) {
        byte[] body = request.body();
        if (body.length > maxBytes) {
            throw new InvalidInputException("body-too-large",
                    LocalizedText.of("请求体为 %d 字节，超过上限 %d 字节。", "The body is %d bytes; the limit is %d bytes.")
                            .formatted(body.length, maxBytes),
                    List.of());
        }
        if (body.length == 0) {
            throw malformed(LocalizedText.of("请求体为空，需要一个 JSON 对象。", "The body is empty; a JSON object is required."));
        }
        request.header("content-type").flatMap(JsonBody::charset).filter(charset -> !charset.equals("utf-8"))
                .ifPresent(charset -> {
                    throw malformed(LocalizedText.of("请求体须为 UTF-8 编码的 JSON，不能是 %s。", "The body must be JSON in UTF-8, not %s.")
                            .formatted(charset));
                });
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw malformed(LocalizedText.of("请求体不是有效的 JSON（第 %d 行第 %d 列附近）。",
                    "The body is not valid JSON (near line %d, column %d).")
                    .formatted(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                            e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw malformed(LocalizedText.of("请求体无法读取。", "The body cannot be read."));
        }
        if (node == null || node.isMissingNode()) {
            throw malformed(LocalizedText.of("请求体为空，需要一个 JSON 对象。", "The body is empty; a JSON object is required."));
        }
        if (!(node instanceof ObjectNode object)) {
            throw InvalidInputException.of(List.of(FieldError.body("", "type",
                    LocalizedText.of("请求体必须是 JSON 对象。", "The body must be a JSON object."))));
        }
        return new JsonBody(object);
    }

    /** The top-level members, of which only {@code allowed} may appear. */
    JsonFields fields(String... allowed) {
        return new JsonFields(root, "", List.of(allowed), errors);
    }

    List<FieldError> errors() {
        return errors;
    }

    /** Throws one 400 listing every problem found so far. */
    void requireValid() {
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    private static InvalidInputException malformed(LocalizedText detail) {
        return new InvalidInputException("malformed-json", detail, List.of());
    }

    /**
     * The body in one canonical form (members sorted, no whitespace), so that a client retrying with
     * the same Idempotency-Key is recognised even if it serialises the same JSON differently.
     */
    byte[] canonical() {
        try {
            return Json.MAPPER.writer().with(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsBytes(Json.MAPPER.treeToValue(root, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException("a parsed body always serialises", e);
        }
    }

    /** The charset parameter of a media type, lower case (JSON is UTF-8 by definition, RFC 8259). */
    private static Optional<String> charset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                String value = pair[1].trim().replace("\"", "").toLowerCase(java.util.Locale.ROOT);
                return Optional.of(value.equals("utf8") ? "utf-8" : value);
            }
        }
        return Optional.empty();
    }
}
