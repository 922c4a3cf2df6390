package org.gongjiang.handler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gongjiang.domain.FieldError;
import org.gongjiang.domain.LocalizedText;

/**
 * The members of one JSON object of a request body. Each read returns the value when it is there and
 * of the right type, and otherwise records a field error (at its JSON pointer) and returns empty.
 */
final class JsonFields {

    private final ObjectNode object;
    private final String pointer;
    private final List<FieldError> errors;

    JsonFields(ObjectNode object, String pointer, List<String> allowed, List<FieldError> errors) {
        this.object = object;
        this.pointer = pointer;
        this.errors = errors;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                error(name, "unknown-field", LocalizedText.of("不支持字段“%s”。", "Unknown field '%s'.").formatted(pointer(name)));
            }
        }
    }

    String pointer() {
        return pointer;
    }

    /** Where member {@code name} is, as a JSON pointer (RFC 6901). */
    String pointer(String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    void error(String name, String code, LocalizedText message) {
        errors.add(FieldError.body(pointer(name), code, message));
    }

    private Optional<JsonNode> member(String name, boolean required) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                error(name, "required", LocalizedText.of("缺少字段“%s”。", "Field '%s' is required.").formatted(pointer(name)));
            }
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private void wrongType(String name, String zhType, String enType) {
        error(name, "type", LocalizedText.of("字段“%s”必须是" + zhType + "。", "Field '%s' must be " + enType + ".")
                .formatted(pointer(name)));
    }

    /** A one-line string of 1..{@code maxLength} characters (code points, so a rare character counts once). */
    Optional<String> string(String name, boolean required, int maxLength) {
        return text(name, required, maxLength, false);
    }

    /** A text of 1..{@code maxLength} characters that may run over several lines. */
    Optional<String> text(String name, boolean required, int maxLength) {
        return text(name, required, maxLength, true);
    }

    private Optional<String> text(String name, boolean required, int maxLength, boolean lineBreaks) {
        Optional<JsonNode> value = member(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isTextual()) {
            wrongType(name, "字符串", "a string");
            return Optional.empty();
        }
        String text = value.get().textValue();
        Optional<LocalizedText> unreadable = Texts.problem(text, lineBreaks);
        if (unreadable.isPresent()) {
            error(name, "character", LocalizedText.of("字段“%s”：", "Field '%s': ").formatted(pointer(name)).append(unreadable.get()));
            return Optional.empty();
        }
        if (text.isBlank() || text.codePointCount(0, text.length()) > maxLength) {
            error(name, "length", LocalizedText.of("字段“%s”的长度必须在 1 到 %d 个字符之间。",
                    "Field '%s' must be 1 to %d characters long.").formatted(pointer(name), maxLength));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A whole number within [min, max]. */
    Optional<Integer> integer(String name, boolean required, int min, int max) {
        Optional<JsonNode> value = member(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isIntegralNumber() || !value.get().canConvertToInt()) {
            wrongType(name, "整数", "a whole number");
            return Optional.empty();
        }
        int number = value.get().intValue();
        if (number < min || number > max) {
            error(name, "range", LocalizedText.of("字段“%s”必须在 %d 到 %d 之间。", "Field '%s' must be between %d and %d.")
                    .formatted(pointer(name), min, max));
            return Optional.empty();
        }
        return Optional.of(number);
    }

    /** A number within [min, max]. */
    Optional<Double> number(String name, boolean required, double min, double max) {
        Optional<JsonNode> value = member(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isNumber() || !Double.isFinite(value.get().doubleValue())) {
            wrongType(name, "数字", "a number");
            return Optional.empty();
        }
        double number = value.get().doubleValue();
        if (number < min || number > max) {
            error(name, "range", LocalizedText.of("字段“%s”必须在 %s 到 %s 之间。", "Field '%s' must be between %s and %s.")
                    .formatted(pointer(name), min, max));
            return Optional.empty();
        }
        return Optional.of(number);
    }

    Optional<Boolean> bool(String name, boolean required) {
        Optional<JsonNode> value = member(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isBoolean()) {
            wrongType(name, "布尔值（true 或 false）", "true or false");
            return Optional.empty();
        }
        return Optional.of(value.get().booleanValue());
    }

    /** A nested object whose members must be among {@code allowed}. */
    Optional<JsonFields> object(String name, boolean required, String... allowed) {
        Optional<JsonNode> value = member(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof ObjectNode nested)) {
            wrongType(name, "对象", "an object");
            return Optional.empty();
        }
        return Optional.of(new JsonFields(nested, pointer(name), List.of(allowed), errors));
    }

    /** An array of {@code minItems}..{@code maxItems} objects whose members must be among {@code allowed}. */
    <T> Optional<List<T>> objects(String name, boolean required, int minItems, int maxItems, Function<JsonFields, T> reader,
                                  String... allowed) {
        Optional<JsonNode> value = member(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isArray() || value.get().size() < minItems || value.get().size() > maxItems) {
            error(name, "items", LocalizedText.of("字段“%s”必须是包含 %d 到 %d 项的数组。",
                    "Field '%s' must be an array of %d to %d items.").formatted(pointer(name), minItems, maxItems));
            return Optional.empty();
        }
        // every item is read, whatever the others are, so that one answer lists every problem
        List<T> items = new ArrayList<>();
        boolean allObjects = true;
        for (int i = 0; i < value.get().size(); i++) {
            JsonNode item = value.get().get(i);
            String itemPointer = pointer(name) + "/" + i;
            if (item instanceof ObjectNode nested) {
                items.add(reader.apply(new JsonFields(nested, itemPointer, List.of(allowed), errors)));
            } else {
                errors.add(FieldError.body(itemPointer, "type",
                        LocalizedText.of("“%s”必须是对象。", "'%s' must be an object.").formatted(itemPointer)));
                allObjects = false;
            }
        }
        return allObjects ? Optional.of(items) : Optional.empty();
    }

    /** An array of at most {@code maxItems} strings of 1..{@code maxLength} characters. */
    Optional<List<String>> strings(String name, boolean required, int maxItems, int maxLength) {
        Optional<JsonNode> value = member(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isArray() || value.get().size() > maxItems) {
            error(name, "items", LocalizedText.of("字段“%s”必须是最多 %d 项的字符串数组。",
                    "Field '%s' must be an array of at most %d strings.").formatted(pointer(name), maxItems));
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.get().size(); i++) {
            JsonNode item = value.get().get(i);
            String itemPointer = pointer(name) + "/" + i;
            if (!item.isTextual() || item.textValue().isBlank()
                    || item.textValue().codePointCount(0, item.textValue().length()) > maxLength) {
                errors.add(FieldError.body(itemPointer, "type", LocalizedText.of("“%s”必须是 1 到 %d 个字符的字符串。",
                        "'%s' must be a string of 1 to %d characters.").formatted(itemPointer, maxLength)));
                return Optional.empty();
            }
            Optional<LocalizedText> unreadable = Texts.problem(item.textValue(), false);
            if (unreadable.isPresent()) {
                errors.add(FieldError.body(itemPointer, "character",
                        LocalizedText.of("“%s”：", "'%s': ").formatted(itemPointer).append(unreadable.get())));
                return Optional.empty();
            }
            texts.add(item.textValue());
        }
        return Optional.of(texts);
    }
}
