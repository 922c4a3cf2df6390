package org.gongjiang.local.emulator.dynamodb;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Item sizes by DynamoDB's published rules (attribute names and values in UTF-8 bytes, numbers about
 * one byte per two significant digits plus one, one byte for booleans and nulls, three bytes plus one
 * per element for lists and maps). Used to bill what DynamoDB Local does not report faithfully.
 */
public final class ItemSizes {

    private ItemSizes() {
    }

    public static int of(Map<String, AttributeValue> item) {
        int size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += utf8(attribute.getKey()) + value(attribute.getValue());
        }
        return size;
    }

    /** Write units for writing an item of {@code bytes}: one per started KB, at least one. */
    public static int writeUnits(int bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }

    private static int value(AttributeValue value) {
        return switch (value.type()) {
            case S -> utf8(value.s());
            case N -> number(value.n());
            case B -> value.b().asByteArray().length;
            case SS -> value.ss().stream().mapToInt(ItemSizes::utf8).sum();
            case NS -> value.ns().stream().mapToInt(ItemSizes::number).sum();
            case BS -> value.bs().stream().mapToInt(b -> b.asByteArray().length).sum();
            case M -> 3 + value.m().entrySet().stream().mapToInt(e -> utf8(e.getKey()) + value(e.getValue()) + 1).sum();
            case L -> 3 + value.l().stream().mapToInt(v -> value(v) + 1).sum();
            case BOOL, NUL -> 1;
            default -> 0;
        };
    }

    private static int number(String number) {
        String digits = number.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
        return Math.max(1, (digits.length() + 1) / 2) + 1;
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
