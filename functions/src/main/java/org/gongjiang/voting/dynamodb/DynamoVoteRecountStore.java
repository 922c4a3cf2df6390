package org.gongjiang.voting.dynamodb;

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
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.gongjiang.platform.dynamodb.Attributes;
import org.gongjiang.platform.dynamodb.CounterGenerations;
import org.gongjiang.platform.dynamodb.GenerationRecountStore;
import org.gongjiang.platform.dynamodb.CounterItems;
import org.gongjiang.platform.stream.LaneSlots;
import org.gongjiang.voting.model.DailyBallot;
import org.gongjiang.voting.model.Recount;
import org.gongjiang.voting.model.VoteCountDelta;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The vote recount's reads and writes: a parallel scan of VotesTable for one campaign's ballots, and the
 * rebuilt vote counters (totals, days, hours; never the nomination statistics of the same partition) as
 * a generation beside the live ones.
 */
public final class DynamoVoteRecountStore extends GenerationRecountStore {

    // Segments of the parallel scan: each a thread reading its own part of the table at DynamoDB's pace.
    private static final int SEGMENTS = 8;
    private static final String VERSION_SEPARATOR = "/";

    private final DynamoDbClient dynamo;
    private final String votesTable;
    private final DynamoVoteCounterStore counters;

    public DynamoVoteRecountStore(DynamoDbClient dynamo, String votesTable, String countersTable) {
        super(dynamo, countersTable, "votes", VoteCounterKeys::isVoteCounter, VoteCounterKeys::campaignPartition);
        this.dynamo = dynamo;
        this.votesTable = votesTable;
        this.counters = new DynamoVoteCounterStore(dynamo, countersTable);
    }

    /** Every vote counter, its slots summed, by the counter's sort key ({@code total}, {@code day#...}, {@code hour#...}). */
    @Override
    public Map<String, Map<String, Long>> counters(String campaignId, Optional<String> generation) {
        Map<String, Map<String, Long>> counters = new TreeMap<>();
        super.counters(campaignId, generation).forEach((sortKey, numbers) -> {
            Map<String, Long> counter = counters.computeIfAbsent(VoteCounterKeys.counterOf(sortKey), key -> new TreeMap<>());
            numbers.forEach((name, value) -> counter.merge(name, value, Long::sum));
        });
        return counters;
    }

    @Override
    public Map<String, Long> rebuild(String campaignId, String generation, Instant now) {
        String into = campaignId + "@" + generation;
        VoteCountDelta rebuilt = new VoteCountDelta();
        AtomicLong votes = new AtomicLong();
        AtomicLong voided = new AtomicLong();
        long ballots = scanBallots(campaignId, ballot -> {
            var events = Recount.eventsOf(ballot, into);
            synchronized (rebuilt) {
                events.forEach(rebuilt::add);
            }
            events.forEach(event -> {
                votes.addAndGet(event.valid());
                voided.addAndGet(event.voided());
            });
        });
        // the delta's campaign is the generation's partition (<campaignId>@<generation>); all of it in one slot
        generations.write(live(campaignId), generation, counters.additionsInSlot(rebuilt, LaneSlots.name(0), now), now);
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("ballotsScanned", ballots);
        figures.put("votes", votes.get());
        figures.put("voided", voided.get());
        return figures;
    }

    /** Hands every ballot of the campaign to {@code sink}, from several threads at once; returns how many. */
    long scanBallots(String campaignId, Consumer<DailyBallot> sink) {
        AtomicLong ballots = new AtomicLong();
        try (ExecutorService segments = Executors.newFixedThreadPool(SEGMENTS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int segment = 0; segment < SEGMENTS; segment++) {
                int part = segment;
                running.add(segments.submit(() -> dynamo.scanPaginator(b -> b.tableName(votesTable)
                                .segment(part).totalSegments(SEGMENTS)
                                .filterExpression("#cid = :campaignId AND attribute_exists(#d)")
                                .expressionAttributeNames(Map.of("#cid", BallotItemMapper.CAMPAIGN, "#d", BallotItemMapper.DAY))
                                .expressionAttributeValues(Map.of(":campaignId", AttributeValue.fromS(campaignId))))
                        .items().forEach(item -> {
                            sink.accept(BallotItemMapper.fromItem(item));
                            ballots.incrementAndGet();
                        })));
            }
            for (Future<?> segment : running) {
                segment.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning the votes of " + campaignId, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("the scan of the votes of " + campaignId + " failed", e.getCause());
        }
        return ballots.get();
    }

    /**
     * A digest of every totals slot's last commit time and valid votes: every commit of the aggregator
     * moves its slot's time, and a commit within the same millisecond still moves the votes (a void or a
     * restoration moves them too). Empty when no slot has been written yet.
     */
    @Override
    public Optional<String> liveVersion(String campaignId) {
        Map<String, Map<String, AttributeValue>> totals = liveTotals(campaignId);
        return totals.isEmpty() ? Optional.empty() : Optional.of(version(totals));
    }

    /** The totals items as stored, every slot (and the totals before slots), by sort key. */
    private Map<String, Map<String, AttributeValue>> liveTotals(String campaignId) {
        Map<String, Map<String, AttributeValue>> totals = new TreeMap<>();
        generations.items(live(campaignId), Optional.empty()).forEach((sortKey, item) -> {
            if (VoteCounterKeys.isTotals(sortKey)) {
                totals.put(sortKey, item);
            }
        });
        return totals;
    }

    private static String version(Map<String, Map<String, AttributeValue>> totals) {
        StringBuilder all = new StringBuilder();
        totals.forEach((sortKey, item) -> all.append(sortKey).append('=')
                .append(Attributes.optionalString(item, CounterItems.UPDATED_AT).orElse("")).append(VERSION_SEPARATOR)
                .append(Attributes.numberOrZero(item, VoteCounterItemMapper.VOTES)).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Switches when the totals are still at the version the comparison saw, each slot guarded by the
     * time and votes that version was made of, and each slot that did not exist guarded as still absent:
     * a commit in between, from any shard, fails the switch.
     */
    @Override
    public boolean switchTo(String campaignId, String generation, Optional<String> expectedLiveVersion, Instant now) {
        Map<String, Map<String, AttributeValue>> totals = liveTotals(campaignId);
        Optional<String> version = totals.isEmpty() ? Optional.empty() : Optional.of(version(totals));
        if (!version.equals(expectedLiveVersion)) {
            return false;
        }
        List<CounterGenerations.Guard> guards = new ArrayList<>();
        for (String sortKey : VoteCounterKeys.everyTotalsSortKey()) {
            Map<String, AttributeValue> item = totals.get(sortKey);
            Map<String, Optional<AttributeValue>> expected = new LinkedHashMap<>();
            if (item == null) {
                expected.put(CounterItems.UPDATED_AT, Optional.empty());
            } else {
                expected.put(CounterItems.UPDATED_AT, Optional.ofNullable(item.get(CounterItems.UPDATED_AT)));
                expected.put(VoteCounterItemMapper.VOTES, Optional.ofNullable(item.get(VoteCounterItemMapper.VOTES)));
            }
            guards.add(new CounterGenerations.Guard(sortKey, expected));
        }
        return generations.switchTo(live(campaignId), generation, guards, now);
    }
}
