package org.gongjiang.handler;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongjiang.domain.FieldError;
import org.gongjiang.domain.InvalidInputException;
import org.gongjiang.domain.LocalizedText;

/**
 * A request body read strictly: at most 8 KiB, one JSON object, no duplicate or unknown members, every
 * member of the right type. Field problems are collected so that one 400 lists all of them.
 */
final class JsonBody {

    static final int MAX_BYTES = 8 * 1024;

    private final ObjectNode object;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonBody(ObjectNode object, Set<String> allowedMembers) {
        this.object = object;
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowedMembers.contains(name)) {
                errors.add(FieldError.body(pointer(name), "unknown-field", LocalizedText.of(
                        "不支持字段“%s”。", "Unknown field '%s'.").formatted(name)));
            }
        }
    }

    /** Parses the body as one JSON object whose members must be among {@code allowedMembers}. */
    static JsonBody parse(ApiRequest request, Set<String> allowedMembers) {
        byte[] body = request.body();
        if (body.length > MAX_BYTES) {
            throw new InvalidInputException("body-too-large",
                    LocalizedText.of("请求体为 %d 字节，超过上限 %d 字节。", "The body is %d bytes; the limit is %d bytes.")
                            .formatted(body.length, MAX_BYTES),
                    List.of());
        }
        if (body.length == 0) {
            throw malformed(LocalizedText.of("请求体为空，需要一个 JSON 对象。", "The body is empty; a JSON object is required."));
        }
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
        return new JsonBody(object, allowedMembers);
    }

    /** A required string member of 1..{@code maxLength} characters, or empty after recording the error. */
    Optional<String> requiredString(String member, int maxLength) {
        JsonNode value = object.get(member);
        if (value == null || value.isNull()) {
            errors.add(FieldError.body(pointer(member), "required",
                    LocalizedText.of("缺少字段“%s”。", "Field '%s' is required.").formatted(member)));
            return Optional.empty();
        }
        if (!value.isTextual()) {
            errors.add(FieldError.body(pointer(member), "type",
                    LocalizedText.of("字段“%s”必须是字符串。", "Field '%s' must be a string.").formatted(member)));
            return Optional.empty();
        }
        String text = value.textValue();
        if (text.isEmpty() || text.length() > maxLength) {
            errors.add(FieldError.body(pointer(member), "length",
                    LocalizedText.of("字段“%s”的长度必须在 1 到 %d 个字符之间。", "Field '%s' must be 1 to %d characters long.")
                            .formatted(member, maxLength)));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** Throws one 400 listing every problem found so far. */
    void requireValid() {
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    private static String pointer(String member) {
        return "/" + member.replace("~", "~0").replace("/", "~1");
    }

    private static InvalidInputException malformed(LocalizedText detail) {
        return new InvalidInputException("malformed-json", detail, List.of());
    }
}
