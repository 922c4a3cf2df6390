package org.gongjiang.voting.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.platform.dynamodb.CounterItems;
import org.gongjiang.platform.dynamodb.CounterLedger;
import org.gongjiang.voting.application.VoteCounterStore;
import org.gongjiang.voting.model.VoteCountDelta;
import org.gongjiang.voting.model.VoteTotals;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** Vote counters and shard checkpoints in CountersTable. */
public final class DynamoVoteCounterStore extends CounterLedger<VoteCountDelta> implements VoteCounterStore {

    public DynamoVoteCounterStore(DynamoDbClient dynamo, String table) {
        super(dynamo, table);
    }

    @Override
    protected List<Update> additions(VoteCountDelta delta, Instant now) {
        List<Update> additions = new ArrayList<>();
        delta.campaigns().forEach((campaignId, campaign) -> {
            Map<String, Long> fixed = new LinkedHashMap<>();
            fixed.put(VoteCounterItemMapper.VOTES, campaign.votes());
            campaign.voided().forEach((candidate, voided) -> fixed.put(VoteCounterItemMapper.VOIDED_PREFIX + candidate, voided));
            additions.add(CounterItems.addition(table, VoteCounterKeys.totals(campaignId), fixed, campaign.candidates(),
                    Map.of(CounterItems.UPDATED_AT, AttributeValue.fromS(now.toString()))));
            for (Map.Entry<LocalDate, VoteCountDelta.DayDelta> day : campaign.days().entrySet()) {
                Map<String, Long> dayCounters = new LinkedHashMap<>();
                dayCounters.put(VoteCounterItemMapper.VOTES, day.getValue().votes());
                dayCounters.put(VoteCounterItemMapper.VOTERS, day.getValue().voters());
                additions.add(CounterItems.addition(table, VoteCounterKeys.day(campaignId, day.getKey()),
                        dayCounters, day.getValue().candidates(), Map.of()));
            }
            for (Map.Entry<Instant, Long> hour : campaign.hours().entrySet()) {
                additions.add(CounterItems.addition(table, VoteCounterKeys.hour(campaignId, hour.getKey()),
                        Map.of(VoteCounterItemMapper.VOTES, hour.getValue()), Map.of(), Map.of()));
            }
        });
        return additions;
    }

    @Override
    public VoteTotals totals(String campaignId) {
        var response = dynamo.getItem(b -> b.tableName(table).key(VoteCounterKeys.totals(campaignId)));
        return response.hasItem() ? VoteCounterItemMapper.totals(response.item()) : VoteTotals.none();
    }
}
