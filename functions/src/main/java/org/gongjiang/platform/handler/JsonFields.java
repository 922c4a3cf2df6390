package org.gongjiang.platform.handler;

import org.gongjiang.platform.model.PlatformMessages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.LocalizedText;
import org.gongjiang.platform.model.Message;

/**
 * The members of one JSON object of a request body. Each read returns the value when it is there and
 * of the right type, and otherwise records a field error (at its JSON pointer) and returns empty.
 */
public final class JsonFields {

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
                error(name, "unknown-field", PlatformMessages.UNKNOWN_FIELD.text(pointer(name)));
            }
        }
    }

    public String pointer() {
        return pointer;
    }

    /** Where member {@code name} is, as a JSON pointer (RFC 6901). */
    public String pointer(String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public void error(String name, String code, LocalizedText message) {
        errors.add(FieldError.body(pointer(name), code, message));
    }

    private Optional<JsonNode> member(String name, boolean required) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                error(name, "required", PlatformMessages.FIELD_REQUIRED.text(pointer(name)));
            }
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private void wrongType(String name, Message type) {
        error(name, "type", PlatformMessages.FIELD_TYPE.text(pointer(name), type));
    }

    /** A one-line string of 1..{@code maxLength} characters (code points, so a rare character counts once). */
    public Optional<String> string(String name, boolean required, int maxLength) {
        return text(name, required, maxLength, false);
    }

    /** A text of 1..{@code maxLength} characters that may run over several lines. */
    public Optional<String> text(String name, boolean required, int maxLength) {
        return text(name, required, maxLength, true);
    }

    private Optional<String> text(String name, boolean required, int maxLength, boolean lineBreaks) {
        Optional<JsonNode> value = member(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isTextual()) {
            wrongType(name, PlatformMessages.TYPE_STRING);
            return Optional.empty();
        }
        String text = value.get().textValue();
        Optional<LocalizedText> unreadable = Texts.problem(text, lineBreaks);
        if (unreadable.isPresent()) {
            error(name, "character", PlatformMessages.FIELD_PREFIX.text(pointer(name)).append(unreadable.get()));
            return Optional.empty();
        }
        if (Texts.blank(text) || text.codePointCount(0, text.length()) > maxLength) {
            error(name, "length", PlatformMessages.FIELD_LENGTH.text(pointer(name), maxLength));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A whole number within [min, max]. */
    public Optional<Integer> integer(String name, boolean required, int min, int max) {
        Optional<JsonNode> value = member(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isIntegralNumber() || !value.get().canConvertToInt()) {
            wrongType(name, PlatformMessages.TYPE_WHOLE_NUMBER);
            return Optional.empty();
        }
        int number = value.get().intValue();
        if (number < min || number > max) {
            error(name, "range", PlatformMessages.FIELD_INTEGER_RANGE.text(pointer(name), min, max));
            return Optional.empty();
        }
        return Optional.of(number);
    }

    /** A number within [min, max]. */
    public Optional<Double> number(String name, boolean required, double min, double max) {
        Optional<JsonNode> value = member(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isNumber() || !Double.isFinite(value.get().doubleValue())) {
            wrongType(name, PlatformMessages.TYPE_NUMBER);
            return Optional.empty();
        }
        double number = value.get().doubleValue();
        if (number < min || number > max) {
            error(name, "range", PlatformMessages.FIELD_NUMBER_RANGE.text(pointer(name), min, max));
            return Optional.empty();
        }
        return Optional.of(number);
    }

    public Optional<Boolean> bool(String name, boolean required) {
        Optional<JsonNode> value = member(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isBoolean()) {
            wrongType(name, PlatformMessages.TYPE_TRUE_OR_FALSE);
            return Optional.empty();
        }
        return Optional.of(value.get().booleanValue());
    }

    /** A nested object whose members must be among {@code allowed}. */
    public Optional<JsonFields> object(String name, boolean required, String... allowed) {
        Optional<JsonNode> value = member(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof ObjectNode nested)) {
            wrongType(name, PlatformMessages.TYPE_OBJECT);
            return Optional.empty();
        }
        return Optional.of(new JsonFields(nested, pointer(name), List.of(allowed), errors));
    }

    /** An array of {@code minItems}..{@code maxItems} objects whose members must be among {@code allowed}. */
    public <T> Optional<List<T>> objects(String name, boolean required, int minItems, int maxItems, Function<JsonFields, T> reader,
                                  String... allowed) {
        Optional<JsonNode> value = member(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isArray() || value.get().size() < minItems || value.get().size() > maxItems) {
            error(name, "items", PlatformMessages.FIELD_ARRAY_SIZE.text(pointer(name), minItems, maxItems));
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
                        PlatformMessages.FIELD_NOT_OBJECT.text(itemPointer)));
                allObjects = false;
            }
        }
        return allObjects ? Optional.of(items) : Optional.empty();
    }

    /** An array of at most {@code maxItems} strings of 1..{@code maxLength} characters. */
    public Optional<List<String>> strings(String name, boolean required, int maxItems, int maxLength) {
        Optional<JsonNode> value = member(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isArray() || value.get().size() > maxItems) {
            error(name, "items", PlatformMessages.FIELD_STRING_ARRAY.text(pointer(name), maxItems));
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.get().size(); i++) {
            JsonNode item = value.get().get(i);
            String itemPointer = pointer(name) + "/" + i;
            if (!item.isTextual() || Texts.blank(item.textValue())
                    || item.textValue().codePointCount(0, item.textValue().length()) > maxLength) {
                errors.add(FieldError.body(itemPointer, "type", PlatformMessages.ITEM_LENGTH.text(itemPointer, maxLength)));
                return Optional.empty();
            }
            Optional<LocalizedText> unreadable = Texts.problem(item.textValue(), false);
            if (unreadable.isPresent()) {
                errors.add(FieldError.body(itemPointer, "character",
                        PlatformMessages.ITEM_PREFIX.text(itemPointer).append(unreadable.get())));
                return Optional.empty();
            }
            texts.add(item.textValue());
        }
        return Optional.of(texts);
    }
}
