package org.gongjiang.integrity.dynamodb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.integrity.application.WatchLog;
import org.gongjiang.integrity.model.WatchDelta;
import org.gongjiang.integrity.model.WatchedVote;
import org.gongjiang.integrity.model.Windows;
import org.gongjiang.platform.dynamodb.Attributes;
import org.gongjiang.platform.dynamodb.LaneCommits;
import org.gongjiang.platform.stream.CommitLimits;
import org.gongjiang.platform.stream.StreamPosition;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The watch's log in IntegrityTable. A commit writes each window's votes as one item, keyed by the
 * shard and the last record it holds (a redelivery writes the same key again, a differently split one
 * another: a window's reader takes each vote once), then moves the shard's checkpoint alone: a log is
 * not a counter, so it needs no transaction with it. A window written after it was due for evaluation
 * is marked late, and evaluated again.
 */
public final class DynamoWatchLog implements WatchLog {

    // 20 windows a commit (a batch spans minutes at most); 8,000 votes an item keeps it near 220 KB, under 400 KB
    private static final CommitLimits LIMITS = new CommitLimits(20, 8_000);

    private final DynamoDbClient dynamo;
    private final String table;
    private final Duration settle;
    private final Clock clock;
    private final java.util.function.Function<String, Instant> expiryOf;

    /**
     * @param settle how long after a window's end it is evaluated (a window logged later than that is late)
     * @param expiryOf when a campaign's log expires (with its personal data)
     */
    public DynamoWatchLog(DynamoDbClient dynamo, String table, Duration settle, Clock clock,
                          java.util.function.Function<String, Instant> expiryOf) {
        this.dynamo = dynamo;
        this.table = table;
        this.settle = settle;
        this.clock = clock;
        this.expiryOf = expiryOf;
    }

    @Override
    public CommitLimits commitLimits() {
        return LIMITS;
    }

    @Override
    public Optional<StreamPosition> checkpoint(String lane) {
        return LaneCommits.checkpoint(dynamo, table, lane);
    }

    @Override
    public boolean commit(String lane, Optional<StreamPosition> expected, StreamPosition next, WatchDelta delta, Instant now) {
        for (Map.Entry<WatchDelta.Window, List<WatchedVote>> window : delta.windows().entrySet()) {
            String campaignId = window.getKey().campaignId();
            Instant start = window.getKey().start();
            WatchLogCodec.Encoded encoded = WatchLogCodec.encode(start, window.getValue());
            Map<String, AttributeValue> item = new LinkedHashMap<>(IntegrityKeys.log(campaignId, start, lane, next.value()));
            item.put("v", AttributeValue.fromB(SdkBytes.fromByteArray(encoded.entries())));
            item.put("c", AttributeValue.fromL(encoded.candidates().stream().map(AttributeValue::fromS).toList()));
            if (!encoded.levels().isEmpty()) {
                item.put("l", AttributeValue.fromL(encoded.levels().stream().map(AttributeValue::fromS).toList()));
            }
            Instant expiresAt = expiryOf.apply(campaignId);
            item.put("expiresAt", Attributes.n(expiresAt.getEpochSecond()));
            dynamo.putItem(b -> b.tableName(table).item(item));
            if (clock.instant().isAfter(Windows.next(start).plus(settle))) {
                Map<String, AttributeValue> late = new LinkedHashMap<>(IntegrityKeys.late(campaignId, start));
                late.put("expiresAt", Attributes.n(expiresAt.getEpochSecond()));
                dynamo.putItem(b -> b.tableName(table).item(late));
            }
        }
        return LaneCommits.move(dynamo, table, lane, expected, next, now);
    }

    @Override
    public List<WatchedVote> window(String campaignId, Instant windowStart) {
        Map<String, WatchedVote> votes = new LinkedHashMap<>();
        dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", IntegrityKeys.PARTITION_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(IntegrityKeys.logPartition(campaignId, windowStart))))
                        .consistentRead(true))
                .items().forEach(item -> {
                    AttributeValue entries = item.get("v");
                    List<String> candidates = WatchLogCodec.strings(item.get("c")).orElse(List.of());
                    List<String> levels = WatchLogCodec.strings(item.get("l")).orElse(List.of());
                    if (entries != null && entries.b() != null) {
                        WatchLogCodec.decode(campaignId, windowStart, entries.b().asByteArray(), candidates, levels)
                                .forEach(vote -> votes.putIfAbsent(vote.identity(), vote));
                    }
                });
        return new ArrayList<>(votes.values());
    }

    @Override
    public List<Instant> lateWindows(String campaignId) {
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", IntegrityKeys.PARTITION_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(IntegrityKeys.latePartition(campaignId))))
                        .consistentRead(true))
                .items().stream().map(item -> IntegrityKeys.windowOf(item.get(IntegrityKeys.SORT_KEY).s())).toList();
    }

    @Override
    public void clearLate(String campaignId, Instant windowStart) {
        dynamo.deleteItem(b -> b.tableName(table).key(IntegrityKeys.late(campaignId, windowStart)));
    }
}
