package org.gongjiang.store.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.domain.CommitLimits;
import org.gongjiang.domain.StreamPosition;
import org.gongjiang.domain.VoteCountDelta;
import org.gongjiang.domain.VoteTotals;
import org.gongjiang.store.VoteCounterStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** Vote counters and shard checkpoints in CountersTable. */
public final class DynamoVoteCounterStore implements VoteCounterStore {

    // A transaction holds at most 100 actions; one is the checkpoint. 200 candidate counters keep an
    // update expression well under DynamoDB's 4 KB expression limit.
    private static final CommitLimits LIMITS = new CommitLimits(99, 200);

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoVoteCounterStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<StreamPosition> checkpoint(String lane) {
        return LaneCommits.checkpoint(dynamo, table, lane);
    }

    @Override
    public boolean commit(String lane, Optional<StreamPosition> expected, StreamPosition next, VoteCountDelta delta,
                          Instant now) {
        List<Update> additions = new ArrayList<>();
        delta.campaigns().forEach((campaignId, campaign) -> {
            additions.add(CounterItemMapper.addition(table, CounterKeys.totals(campaignId),
                    Map.of(CounterItemMapper.VOTES, campaign.votes()), campaign.candidates(),
                    Map.of(CounterItemMapper.UPDATED_AT, AttributeValue.fromS(now.toString()))));
            for (Map.Entry<LocalDate, VoteCountDelta.DayDelta> day : campaign.days().entrySet()) {
                Map<String, Long> fixed = new LinkedHashMap<>();
                fixed.put(CounterItemMapper.VOTES, day.getValue().votes());
                fixed.put(CounterItemMapper.VOTERS, day.getValue().voters());
                additions.add(CounterItemMapper.addition(table, CounterKeys.day(campaignId, day.getKey()),
                        fixed, day.getValue().candidates(), Map.of()));
            }
            for (Map.Entry<Instant, Long> hour : campaign.hours().entrySet()) {
                additions.add(CounterItemMapper.addition(table, CounterKeys.hour(campaignId, hour.getKey()),
                        Map.of(CounterItemMapper.VOTES, hour.getValue()), Map.of(), Map.of()));
            }
        });
        return LaneCommits.commit(dynamo, table, lane, expected, next, now, additions);
    }

    @Override
    public CommitLimits commitLimits() {
        return LIMITS;
    }

    @Override
    public VoteTotals totals(String campaignId) {
        var response = dynamo.getItem(b -> b.tableName(table).key(CounterKeys.totals(campaignId)));
        return response.hasItem() ? CounterItemMapper.totals(response.item()) : VoteTotals.none();
    }
}
