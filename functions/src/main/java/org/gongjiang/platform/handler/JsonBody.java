package org.gongjiang.platform.handler;

import org.gongjiang.platform.model.PlatformMessages;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.InvalidInputException;
import org.gongjiang.platform.model.LocalizedText;

/**
 * A request body read strictly: at most 8 KiB, one JSON object, no duplicate members. Its members are
 * read through {@link JsonFields}, which refuses unknown members and wrong types at every level and
 * collects every problem, so that one 400 lists all of them.
 */
public final class JsonBody {

    public static final int MAX_BYTES = 8 * 1024;

    private final ObjectNode root;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonBody(ObjectNode root) {
        this.root = root;
    }

    /** Parses the body as one JSON object (malformed, empty or oversized bodies are refused at once). */
    public static JsonBody parse(ApiRequest request) {
        return parse(request, MAX_BYTES);
    }

    public static JsonBody parse(ApiRequest request, int maxBytes) {
        byte[] body = request.body();
        if (body.length > maxBytes) {
            throw new InvalidInputException("body-too-large",
                    PlatformMessages.BODY_TOO_LARGE_DETAIL.text(body.length, maxBytes),
                    List.of());
        }
        if (body.length == 0) {
            throw malformed(PlatformMessages.BODY_EMPTY.text());
        }
        request.header("content-type").flatMap(JsonBody::charset).filter(charset -> !charset.equals("utf-8"))
                .ifPresent(charset -> {
                    throw malformed(PlatformMessages.BODY_NOT_UTF_8.text(charset));
                });
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw malformed(PlatformMessages.BODY_NOT_JSON.text(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                            e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw malformed(PlatformMessages.BODY_CANNOT_READ.text());
        }
        if (node == null || node.isMissingNode()) {
            throw malformed(PlatformMessages.BODY_EMPTY.text());
        }
        if (!(node instanceof ObjectNode object)) {
            throw InvalidInputException.of(List.of(FieldError.body("", "type",
                    PlatformMessages.BODY_NOT_OBJECT.text())));
        }
        return new JsonBody(object);
    }

    /** The top-level members, of which only {@code allowed} may appear. */
    public JsonFields fields(String... allowed) {
        return new JsonFields(root, "", List.of(allowed), errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Throws one 400 listing every problem found so far. */
    public void requireValid() {
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
    public byte[] canonical() {
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
