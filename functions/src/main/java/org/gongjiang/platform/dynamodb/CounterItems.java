package org.gongjiang.platform.dynamodb;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The shape every item of CountersTable has: a partition and a sort key, fixed counters (votes,
 * voters) and named counters, one attribute {@code c:<name>} each (a candidate, a statistics cell).
 * Every counter of an item is added in one update expression, so a batch costs one write per item.
 */
public final class CounterItems {

    public static final String PARTITION_KEY = "pk";
    public static final String SORT_KEY = "sk";
    public static final String COUNTER_PREFIX = "c:";
    public static final String UPDATED_AT = "updatedAt";

    private CounterItems() {
    }

    public static Map<String, AttributeValue> key(String partition, String sortKey) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(partition), SORT_KEY, AttributeValue.fromS(sortKey));
    }

    /** The named counters of an item, by name (without the prefix). */
    public static Map<String, Long> counters(Map<String, AttributeValue> item) {
        return counters(item, COUNTER_PREFIX);
    }

    /** The counters of an item whose attribute names start with {@code prefix}, by the rest of their name. */
    public static Map<String, Long> counters(Map<String, AttributeValue> item, String prefix) {
        Map<String, Long> counters = new LinkedHashMap<>();
        item.forEach((name, value) -> {
            if (name.startsWith(prefix) && value.n() != null) {
                counters.put(name.substring(prefix.length()), Long.parseLong(value.n()));
            }
        });
        return counters;
    }

    /** An update adding {@code fixed} counters and {@code named} counters to the item under {@code key}, and setting {@code sets}. */
    public static Update addition(String table, Map<String, AttributeValue> key, Map<String, Long> fixed,
                                  Map<String, Long> named, Map<String, AttributeValue> sets) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        StringBuilder add = new StringBuilder();
        int i = 0;
        for (Map.Entry<String, Long> counter : fixed.entrySet()) {
            appendAdd(add, names, values, "#f" + i, ":f" + i, counter.getKey(), counter.getValue());
            i++;
        }
        i = 0;
        for (Map.Entry<String, Long> counter : named.entrySet()) {
            appendAdd(add, names, values, "#c" + i, ":c" + i, COUNTER_PREFIX + counter.getKey(), counter.getValue());
            i++;
        }
        StringBuilder expression = new StringBuilder("ADD ").append(add);
        if (!sets.isEmpty()) {
            expression.append(" SET ");
            i = 0;
            for (Map.Entry<String, AttributeValue> set : sets.entrySet()) {
                if (i > 0) {
                    expression.append(", ");
                }
                names.put("#s" + i, set.getKey());
                values.put(":s" + i, set.getValue());
                expression.append("#s").append(i).append(" = :s").append(i);
                i++;
            }
        }
        return Update.builder().tableName(table).key(key)
                .updateExpression(expression.toString())
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build();
    }

    private static void appendAdd(StringBuilder add, Map<String, String> names, Map<String, AttributeValue> values,
                                  String name, String value, String attribute, long amount) {
        if (!add.isEmpty()) {
            add.append(", ");
        }
        add.append(name).append(' ').append(value);
        names.put(name, attribute);
        values.put(value, Attributes.n(amount));
    }
}
