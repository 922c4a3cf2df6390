package org.gongjiang.voting.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final String countersTable;
    private final DynamoVoteCounterStore counters;

    public DynamoVoteRecountStore(DynamoDbClient dynamo, String votesTable, String countersTable) {
        super(dynamo, countersTable, "votes", DynamoVoteRecountStore::isVoteCounter, VoteCounterKeys::campaignPartition);
        this.dynamo = dynamo;
        this.votesTable = votesTable;
        this.countersTable = countersTable;
        this.counters = new DynamoVoteCounterStore(dynamo, countersTable);
    }

    static boolean isVoteCounter(String sortKey) {
        return sortKey.equals(VoteCounterKeys.TOTAL) || sortKey.startsWith(VoteCounterKeys.DAY_PREFIX)
                || sortKey.startsWith(VoteCounterKeys.HOUR_PREFIX);
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
        // the delta's campaign is the generation's partition (<campaignId>@<generation>)
        generations.write(live(campaignId), generation, counters.additions(rebuilt, now), now);
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
     * The totals' last commit time and valid votes: every commit of the aggregator moves the time, and a
     * commit within the same millisecond still moves the votes (a void or a restoration moves them too).
     */
    @Override
    public Optional<String> liveVersion(String campaignId) {
        var response = dynamo.getItem(b -> b.tableName(countersTable).consistentRead(true)
                .key(VoteCounterKeys.totals(campaignId)));
        if (!response.hasItem()) {
            return Optional.empty();
        }
        return Attributes.optionalString(response.item(), CounterItems.UPDATED_AT)
                .map(at -> at + VERSION_SEPARATOR + Attributes.numberOrZero(response.item(), VoteCounterItemMapper.VOTES));
    }

    @Override
    public boolean switchTo(String campaignId, String generation, Optional<String> expectedLiveVersion, Instant now) {
        Map<String, Optional<AttributeValue>> expected = new LinkedHashMap<>();
        if (expectedLiveVersion.isEmpty()) {
            expected.put(CounterItems.UPDATED_AT, Optional.empty());
        } else {
            String version = expectedLiveVersion.get();
            int separator = version.lastIndexOf(VERSION_SEPARATOR);
            try {
                expected.put(CounterItems.UPDATED_AT, Optional.of(AttributeValue.fromS(version.substring(0, separator))));
                expected.put(VoteCounterItemMapper.VOTES, Optional.of(Attributes.n(Long.parseLong(version.substring(separator + 1)))));
            } catch (RuntimeException notOurs) {
                return false; // not a version this store gave: it cannot match
            }
        }
        return generations.switchTo(live(campaignId), generation,
                List.of(new CounterGenerations.Guard(VoteCounterKeys.TOTAL, expected)), now);
    }
}
