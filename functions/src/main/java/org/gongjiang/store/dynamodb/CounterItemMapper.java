package org.gongjiang.store.dynamodb;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.domain.StreamPosition;
import org.gongjiang.domain.VoteTotals;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Counter items of CountersTable: the ADD updates the aggregator commits, and reading them back.
 * Every counter of an item is added in one update expression, so a batch costs one write per item.
 */
final class CounterItemMapper {

    static final String VOTES = "votes";
    static final String VOTERS = "voters";
    static final String UPDATED_AT = "updatedAt";
    static final String POSITION = "position";
    static final String EXPIRES_AT = "expiresAt";

    private CounterItemMapper() {
    }

    /** An update adding {@code fixed} counters and per-candidate counters, and setting {@code sets}. */
    static Update addition(String table, Map<String, AttributeValue> key, Map<String, Long> fixed,
                           Map<String, Long> candidates, Map<String, AttributeValue> sets) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        StringBuilder add = new StringBuilder();
        int i = 0;
        for (Map.Entry<String, Long> counter : fixed.entrySet()) {
            appendAdd(add, names, values, "#f" + i, ":f" + i, counter.getKey(), counter.getValue());
            i++;
        }
        i = 0;
        for (Map.Entry<String, Long> counter : candidates.entrySet()) {
            appendAdd(add, names, values, "#c" + i, ":c" + i, CounterKeys.candidateAttribute(counter.getKey()), counter.getValue());
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

    /** Moves a lane's checkpoint, on condition that it still is {@code expected}. */
    static Update checkpointMove(String table, String lane, Optional<StreamPosition> expected, StreamPosition next,
                                 Instant expiresAt) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":next", AttributeValue.fromS(next.value()));
        values.put(":expiresAt", Attributes.n(expiresAt.getEpochSecond()));
        expected.ifPresent(position -> values.put(":expected", AttributeValue.fromS(position.value())));
        return Update.builder().tableName(table)
                .key(CounterKeys.checkpoint(lane))
                .updateExpression("SET #position = :next, #expiresAt = :expiresAt")
                .conditionExpression(expected.isPresent() ? "#position = :expected" : "attribute_not_exists(#position)")
                .expressionAttributeNames(Map.of("#position", POSITION, "#expiresAt", EXPIRES_AT))
                .expressionAttributeValues(values)
                .build();
    }

    static Optional<StreamPosition> checkpoint(Map<String, AttributeValue> item) {
        return Attributes.optionalString(item, POSITION).map(StreamPosition::of);
    }

    static VoteTotals totals(Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return VoteTotals.none();
        }
        Map<String, Long> byCandidate = new LinkedHashMap<>();
        item.forEach((name, value) -> {
            if (name.startsWith(CounterKeys.CANDIDATE_PREFIX) && value.n() != null) {
                byCandidate.put(name.substring(CounterKeys.CANDIDATE_PREFIX.length()), Long.parseLong(value.n()));
            }
        });
        return new VoteTotals(Attributes.numberOrZero(item, VOTES), byCandidate,
                Attributes.optionalString(item, UPDATED_AT).map(Instant::parse));
    }
}
