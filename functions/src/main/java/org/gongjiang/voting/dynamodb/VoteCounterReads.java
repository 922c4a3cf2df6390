package org.gongjiang.voting.dynamodb;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongjiang.platform.dynamodb.CounterItems;
import org.gongjiang.voting.model.VoteTotals;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The vote counters read back with their slots summed ({@link VoteCounterKeys}): a counter's slots sort
 * next to each other, so the totals are one Query of at most 17 small items and a range of days or
 * hours one Query of at most 17 items per day or hour, whatever the number of votes.
 */
public final class VoteCounterReads {

    private VoteCounterReads() {
    }

    /** The totals of the counters in {@code partition} (a campaign's live partition or a snapshot's), every slot added. */
    public static VoteTotals totals(DynamoDbClient dynamo, String table, String partition) {
        VoteTotals totals = VoteTotals.none();
        for (Map<String, AttributeValue> item : between(dynamo, table, partition, VoteCounterKeys.TOTAL,
                VoteCounterKeys.TOTAL + VoteCounterKeys.AFTER_EVERY_SLOT)) {
            if (VoteCounterKeys.isTotals(item.get(CounterItems.SORT_KEY).s())) {
                totals = totals.plus(VoteCounterItemMapper.totals(item));
            }
        }
        return totals;
    }

    /**
     * The fixed counters ({@code votes}, {@code voters}) of every counter whose sort key lies from
     * {@code lowCounter} to {@code highCounter} (both counters' sort keys, without a slot), each summed
     * over its slots, by the counter's sort key.
     */
    public static Map<String, Map<String, Long>> fixedCounters(DynamoDbClient dynamo, String table, String partition,
                                                               String lowCounter, String highCounter) {
        Map<String, Map<String, Long>> counters = new TreeMap<>();
        for (Map<String, AttributeValue> item : between(dynamo, table, partition, lowCounter,
                highCounter + VoteCounterKeys.AFTER_EVERY_SLOT)) {
            Map<String, Long> counter = counters.computeIfAbsent(VoteCounterKeys.counterOf(item.get(CounterItems.SORT_KEY).s()),
                    sortKey -> new TreeMap<>());
            for (String name : List.of(VoteCounterItemMapper.VOTES, VoteCounterItemMapper.VOTERS)) {
                AttributeValue value = item.get(name);
                if (value != null && value.n() != null) {
                    counter.merge(name, Long.parseLong(value.n()), Long::sum);
                }
            }
        }
        return counters;
    }

    private static List<Map<String, AttributeValue>> between(DynamoDbClient dynamo, String table, String partition,
                                                             String low, String high) {
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("#pk = :pk AND #sk BETWEEN :low AND :high")
                        .expressionAttributeNames(Map.of("#pk", CounterItems.PARTITION_KEY, "#sk", CounterItems.SORT_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition),
                                ":low", AttributeValue.fromS(low), ":high", AttributeValue.fromS(high))))
                .items().stream().toList();
    }
}
