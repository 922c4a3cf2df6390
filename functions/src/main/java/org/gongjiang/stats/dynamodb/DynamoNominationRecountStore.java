package org.gongjiang.stats.dynamodb;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.nomination.dynamodb.NominationItemMapper;
import org.gongjiang.nomination.dynamodb.NominationKeys;
import org.gongjiang.platform.dynamodb.CounterGenerations;
import org.gongjiang.platform.dynamodb.GenerationRecountStore;
import org.gongjiang.platform.dynamodb.CounterItems;
import org.gongjiang.platform.stream.CommitLimits;
import org.gongjiang.stats.model.NominationChange;
import org.gongjiang.stats.model.NominationCountDelta;
import org.gongjiang.voting.dynamodb.VoteCounterKeys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The nomination statistics' recount: every nomination of the campaign, read from NominationsTable (one
 * query of the campaign's partition), counted in its current cell of every table, written as a
 * generation beside the live counters. Only before the campaign's retention ends: nominations whose
 * personal data expired are gone from the table while the anonymous counts rightly keep them.
 */
public final class DynamoNominationRecountStore extends GenerationRecountStore {

    private final DynamoDbClient dynamo;
    private final String nominationsTable;
    private final DynamoNominationCounterStore counters;

    public DynamoNominationRecountStore(DynamoDbClient dynamo, String nominationsTable, String countersTable) {
        super(dynamo, countersTable, "nominations", sortKey -> sortKey.startsWith(StatsKeys.NOMINATIONS_PREFIX),
                VoteCounterKeys::campaignPartition);
        this.dynamo = dynamo;
        this.nominationsTable = nominationsTable;
        this.counters = new DynamoNominationCounterStore(dynamo, countersTable);
    }

    @Override
    public Map<String, Long> rebuild(String campaignId, String generation, Instant now) {
        String into = campaignId + "@" + generation;
        NominationCountDelta rebuilt = new NominationCountDelta(new CommitLimits(Integer.MAX_VALUE, Integer.MAX_VALUE));
        long[] nominations = {0};
        dynamo.queryPaginator(b -> b.tableName(nominationsTable).consistentRead(true)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :nomination)")
                        .expressionAttributeNames(Map.of("#pk", NominationKeys.PARTITION_KEY, "#sk", NominationKeys.SORT_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(NominationKeys.campaignPartition(campaignId)),
                                ":nomination", AttributeValue.fromS(NominationKeys.NOMINATION_PREFIX))))
                .items().forEach(item -> {
                    rebuilt.add(new NominationChange(into, Optional.empty(),
                            Optional.of(NominationChange.profile(NominationItemMapper.fromItem(item)))));
                    nominations[0]++;
                });
        generations.write(live(campaignId), generation, counters.additions(rebuilt, now), now);
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("nominationsRead", nominations[0]);
        return figures;
    }

    /** A digest of every statistics item's last commit time: any commit since changes it. */
    @Override
    public Optional<String> liveVersion(String campaignId) {
        return Optional.of(version(liveItems(campaignId)));
    }

    private static Map<String, Optional<AttributeValue>> updatedAtOf(Map<String, AttributeValue> item) {
        return Map.of(CounterItems.UPDATED_AT, Optional.ofNullable(item.get(CounterItems.UPDATED_AT)));
    }

    private Map<String, Map<String, AttributeValue>> liveItems(String campaignId) {
        return generations.items(live(campaignId), Optional.empty());
    }

    private static String version(Map<String, Map<String, AttributeValue>> items) {
        StringBuilder all = new StringBuilder();
        items.forEach((sortKey, item) -> all.append(sortKey).append('=')
                .append(Optional.ofNullable(item.get(CounterItems.UPDATED_AT)).map(AttributeValue::s).orElse("")).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public boolean switchTo(String campaignId, String generation, Optional<String> expectedLiveVersion, Instant now) {
        Map<String, Map<String, AttributeValue>> items = liveItems(campaignId);
        if (expectedLiveVersion.isEmpty() || !expectedLiveVersion.get().equals(version(items))) {
            return false;
        }
        // every live item guarded by the commit time the version was made of: a commit in between fails the switch
        List<CounterGenerations.Guard> guards = new ArrayList<>();
        items.forEach((sortKey, item) -> guards.add(new CounterGenerations.Guard(sortKey, updatedAtOf(item))));
        return generations.switchTo(live(campaignId), generation, guards, now);
    }
}
