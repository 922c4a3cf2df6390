package org.gongjiang.voting.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.platform.dynamodb.CounterItems;
import org.gongjiang.platform.dynamodb.CounterLedger;
import org.gongjiang.platform.stream.LaneSlots;
import org.gongjiang.voting.application.VoteCounterStore;
import org.gongjiang.voting.model.VoteCountDelta;
import org.gongjiang.voting.model.VoteTotals;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Vote counters and shard checkpoints in CountersTable. Each shard adds to its own slot of every counter
 * ({@link LaneSlots}), so shards committing at once do not cancel each other's transactions; reads sum
 * the slots.
 */
public final class DynamoVoteCounterStore extends CounterLedger<VoteCountDelta> implements VoteCounterStore {

    private final int slots;

    public DynamoVoteCounterStore(DynamoDbClient dynamo, String table) {
        this(dynamo, table, LaneSlots.SLOTS);
    }

    /** @param slots how many slots the shards spread over (1: every shard adds to the same items, as before slots) */
    public DynamoVoteCounterStore(DynamoDbClient dynamo, String table, int slots) {
        super(dynamo, table);
        if (slots < 1 || slots > LaneSlots.SLOTS) {
            throw new IllegalArgumentException("slots must be 1.." + LaneSlots.SLOTS + ": " + slots);
        }
        this.slots = slots;
    }

    /** The slot {@code lane}'s commits add to. */
    public String slotOf(String lane) {
        return LaneSlots.of(lane, slots);
    }

    @Override
    protected List<Update> additions(VoteCountDelta delta, String lane, Instant now) {
        return additionsInSlot(delta, slotOf(lane), now);
    }

    /** The updates adding {@code delta} to the items of slot {@code slot}. */
    List<Update> additionsInSlot(VoteCountDelta delta, String slot, Instant now) {
        List<Update> additions = new ArrayList<>();
        delta.campaigns().forEach((campaignId, campaign) -> {
            Map<String, Long> fixed = new LinkedHashMap<>();
            fixed.put(VoteCounterItemMapper.VOTES, campaign.votes());
            campaign.voided().forEach((candidate, voided) -> fixed.put(VoteCounterItemMapper.VOIDED_PREFIX + candidate, voided));
            additions.add(CounterItems.addition(table, VoteCounterKeys.totals(campaignId, slot), fixed, campaign.candidates(),
                    Map.of(CounterItems.UPDATED_AT, AttributeValue.fromS(now.toString()))));
            for (Map.Entry<LocalDate, VoteCountDelta.DayDelta> day : campaign.days().entrySet()) {
                Map<String, Long> dayCounters = new LinkedHashMap<>();
                dayCounters.put(VoteCounterItemMapper.VOTES, day.getValue().votes());
                dayCounters.put(VoteCounterItemMapper.VOTERS, day.getValue().voters());
                additions.add(CounterItems.addition(table, VoteCounterKeys.day(campaignId, day.getKey(), slot),
                        dayCounters, day.getValue().candidates(), Map.of()));
            }
            for (Map.Entry<Instant, Long> hour : campaign.hours().entrySet()) {
                additions.add(CounterItems.addition(table, VoteCounterKeys.hour(campaignId, hour.getKey(), slot),
                        Map.of(VoteCounterItemMapper.VOTES, hour.getValue()), Map.of(), Map.of()));
            }
        });
        return additions;
    }

    @Override
    public VoteTotals totals(String campaignId) {
        return VoteCounterReads.totals(dynamo, table, VoteCounterKeys.campaignPartition(campaignId));
    }
}
