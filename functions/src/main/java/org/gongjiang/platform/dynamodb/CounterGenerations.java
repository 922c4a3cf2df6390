package org.gongjiang.platform.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Rebuilt counters kept as a generation beside the live ones in CountersTable: the live items of a
 * campaign's partition ({@code campaign#<id>}) that one kind of counter owns (its sort keys), and the
 * same sort keys under {@code campaign#<id>@<generation>}, with a mark item {@code recount#<kind>}
 * written last so that a generation that exists is whole. A switch copies the generation's values onto
 * the live items, on condition that the items it guards still hold the versions the comparison saw.
 */
public final class CounterGenerations {

    private static final int ITEMS_PER_TRANSACTION = 99;
    private static final String MARK_PREFIX = "recount#";

    private final DynamoDbClient dynamo;
    private final String table;
    private final String kind;
    private final Predicate<String> owns;

    /**
     * @param kind what these counters are ({@code votes}, {@code nominations}): the mark's name
     * @param owns which sort keys of the campaign's partition are this kind's counters
     */
    public CounterGenerations(DynamoDbClient dynamo, String table, String kind, Predicate<String> owns) {
        this.dynamo = dynamo;
        this.table = table;
        this.kind = kind;
        this.owns = owns;
    }

    public static String partition(String livePartition, Optional<String> generation) {
        return livePartition + generation.map(g -> "@" + g).orElse("");
    }

    public boolean exists(String livePartition, String generation) {
        return dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(CounterItems.key(partition(livePartition, Optional.of(generation)), MARK_PREFIX + kind))).hasItem();
    }

    /** Writes {@code additions} (aimed at the generation's partition) item by item, then the mark. */
    public void write(String livePartition, String generation, List<Update> additions, Instant now) {
        for (Update update : additions) {
            dynamo.updateItem(b -> b.tableName(update.tableName()).key(update.key()).updateExpression(update.updateExpression())
                    .expressionAttributeNames(update.expressionAttributeNames())
                    .expressionAttributeValues(update.expressionAttributeValues()));
        }
        Map<String, AttributeValue> mark = new HashMap<>(CounterItems.key(partition(livePartition, Optional.of(generation)),
                MARK_PREFIX + kind));
        mark.put("rebuiltAt", AttributeValue.fromS(now.toString()));
        dynamo.putItem(b -> b.tableName(table).item(mark));
    }

    /** Every item of this kind, live or of a generation, by sort key. */
    public Map<String, Map<String, AttributeValue>> items(String livePartition, Optional<String> generation) {
        Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
        dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", CounterItems.PARTITION_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition(livePartition, generation)))))
                .items().forEach(item -> {
                    String sortKey = item.get(CounterItems.SORT_KEY).s();
                    if (owns.test(sortKey)) {
                        items.put(sortKey, item);
                    }
                });
        return items;
    }

    /** The counters of each item: every number but its expiry. */
    public Map<String, Map<String, Long>> counters(String livePartition, Optional<String> generation) {
        Map<String, Map<String, Long>> counters = new TreeMap<>();
        items(livePartition, generation).forEach((sortKey, item) -> counters.put(sortKey, numbers(item)));
        return counters;
    }

    private static Map<String, Long> numbers(Map<String, AttributeValue> item) {
        Map<String, Long> numbers = new TreeMap<>();
        item.forEach((name, value) -> {
            if (value.n() != null && !name.equals("expiresAt")) {
                numbers.put(name, Long.parseLong(value.n()));
            }
        });
        return numbers;
    }

    /** A condition a switch puts on one live item: the attributes it must still hold (empty value: absent). */
    public record Guard(String sortKey, Map<String, Optional<AttributeValue>> expected) {
    }

    /**
     * Sets every live item of this kind to the generation's values (a counter the generation lacks to
     * zero), the guarded items first and in one transaction with their guards; false, writing nothing,
     * when a guard fails. Items beyond one transaction follow in further ones.
     */
    public boolean switchTo(String livePartition, String generation, List<Guard> guards, Instant now) {
        Map<String, Map<String, Long>> live = counters(livePartition, Optional.empty());
        Map<String, Map<String, Long>> rebuilt = counters(livePartition, Optional.of(generation));
        Map<String, Map<String, Long>> target = new TreeMap<>();
        live.forEach((item, numbers) -> numbers.keySet().forEach(name -> target.computeIfAbsent(item, i -> new TreeMap<>()).put(name, 0L)));
        rebuilt.forEach((item, numbers) -> target.computeIfAbsent(item, i -> new TreeMap<>()).putAll(numbers));
        Map<String, Guard> guarded = new HashMap<>();
        guards.forEach(guard -> guarded.put(guard.sortKey(), guard));
        List<String> order = new ArrayList<>(guarded.keySet());
        if (order.size() > ITEMS_PER_TRANSACTION) {
            throw new IllegalArgumentException("more guarded items than one transaction holds");
        }
        target.keySet().stream().filter(item -> !guarded.containsKey(item)).forEach(order::add);
        for (int start = 0; start < order.size(); start += ITEMS_PER_TRANSACTION) {
            List<TransactWriteItem> actions = new ArrayList<>();
            for (String item : order.subList(start, Math.min(order.size(), start + ITEMS_PER_TRANSACTION))) {
                Map<String, Long> numbers = target.getOrDefault(item, Map.of());
                Guard guard = guarded.get(item);
                if (numbers.isEmpty()) {
                    // nothing to set: a guard on an item that is absent (and must stay so) only checks it
                    if (guard != null && !guard.expected().isEmpty()) {
                        actions.add(TransactWriteItem.builder().conditionCheck(check(livePartition, item, guard)).build());
                    }
                    continue;
                }
                actions.add(TransactWriteItem.builder().update(set(livePartition, item, numbers, guard, now)).build());
            }
            if (actions.isEmpty()) {
                continue;
            }
            try {
                dynamo.transactWriteItems(b -> b.transactItems(actions));
            } catch (TransactionCanceledException cancelled) {
                if (start == 0 && cancelled.hasCancellationReasons() && cancelled.cancellationReasons().stream()
                        .anyMatch(reason -> "ConditionalCheckFailed".equals(reason.code()))) {
                    return false;
                }
                throw cancelled;
            }
        }
        return true;
    }

    private ConditionCheck check(String livePartition, String sortKey, Guard guard) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        ConditionCheck.Builder check = ConditionCheck.builder().tableName(table).key(CounterItems.key(livePartition, sortKey))
                .conditionExpression(condition(guard, names, values))
                .expressionAttributeNames(names);
        if (!values.isEmpty()) {
            check.expressionAttributeValues(values);
        }
        return check.build();
    }

    /** The guard's condition, its names and values added to {@code names} and {@code values}; empty when it expects nothing. */
    private static String condition(Guard guard, Map<String, String> names, Map<String, AttributeValue> values) {
        List<String> conditions = new ArrayList<>();
        int g = 0;
        for (Map.Entry<String, Optional<AttributeValue>> expected : guard.expected().entrySet()) {
            names.put("#g" + g, expected.getKey());
            if (expected.getValue().isPresent()) {
                values.put(":g" + g, expected.getValue().get());
                conditions.add("#g" + g + " = :g" + g);
            } else {
                conditions.add("attribute_not_exists(#g" + g + ")");
            }
            g++;
        }
        return String.join(" AND ", conditions);
    }

    private Update set(String livePartition, String sortKey, Map<String, Long> numbers, Guard guard, Instant now) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> assignments = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Long> number : numbers.entrySet()) {
            names.put("#n" + i, number.getKey());
            values.put(":n" + i, Attributes.n(number.getValue()));
            assignments.add("#n" + i + " = :n" + i);
            i++;
        }
        names.put("#updatedAt", CounterItems.UPDATED_AT);
        values.put(":now", AttributeValue.fromS(now.toString()));
        assignments.add("#updatedAt = :now");
        Update.Builder update = Update.builder().tableName(table)
                .key(CounterItems.key(livePartition, sortKey))
                .updateExpression("SET " + String.join(", ", assignments));
        if (guard != null) {
            String condition = condition(guard, names, values);
            if (!condition.isEmpty()) {
                update.conditionExpression(condition);
            }
        }
        return update.expressionAttributeNames(names).expressionAttributeValues(values).build();
    }
}
