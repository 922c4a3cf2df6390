package org.gongjiang.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gongjiang.store.VoteCounterStore;

/**
 * Folds the votes table's stream into the counters with an exactly-once effect.
 *
 * <p>Lambda delivers each shard's records in order the first time and at least once overall: a batch
 * may come again whole, split differently (bisect, partial-failure resume) or after a crash midway.
 * Each shard ("lane") has a checkpoint, the position of the last record already counted, and every
 * commit moves that checkpoint in the same DynamoDB transaction as the counter additions, on the
 * condition that it still holds what this invocation read. So a record at or before the checkpoint is
 * never counted again, a record after it is counted exactly once, and two invocations racing over the
 * same records cannot both commit.
 */
public final class VoteAggregator {

    private static final int MAX_CHECKPOINT_RACES = 5;

    private final VoteCounterStore counters;
    private final Clock clock;

    public VoteAggregator(VoteCounterStore counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /**
     * Counts the vote of every record after the lane's checkpoint. Records are put back in stream order
     * first (a redelivered batch may come out of order) and a record delivered twice in one batch is
     * taken once.
     */
    public AggregationOutcome aggregate(String lane, List<StreamedChange> delivered) {
        if (delivered.isEmpty()) {
            return AggregationOutcome.complete(0, 0);
        }
        List<StreamedChange> changes = new ArrayList<>(delivered.stream()
                .collect(Collectors.toMap(StreamedChange::position, change -> change, (first, again) -> first,
                        TreeMap::new))
                .values());
        CommitLimits limits = counters.commitLimits();
        int counted = 0;
        for (int race = 0; race < MAX_CHECKPOINT_RACES; race++) {
            Optional<StreamPosition> checkpoint = counters.checkpoint(lane);
            List<StreamedChange> pending = changes.stream()
                    .filter(change -> checkpoint.isEmpty() || change.position().isAfter(checkpoint.get()))
                    .toList();
            int skipped = delivered.size() - pending.size();
            Optional<StreamPosition> expected = checkpoint;
            int index = 0;
            boolean lostRace = false;
            while (index < pending.size()) {
                Chunk chunk = Chunk.from(pending, index, limits);
                if (!chunk.delta().isEmpty()) {
                    try {
                        if (!counters.commit(lane, expected, chunk.last(), chunk.delta(), clock.instant())) {
                            lostRace = true;
                            break;
                        }
                    } catch (RuntimeException e) {
                        return AggregationOutcome.failedAt(counted, skipped, pending.get(index).position(), e);
                    }
                    expected = Optional.of(chunk.last());
                    counted += chunk.votes();
                }
                index = chunk.end();
            }
            if (!lostRace) {
                return AggregationOutcome.complete(counted, skipped);
            }
        }
        StreamPosition resumeAt = changes.getFirst().position();
        return AggregationOutcome.failedAt(counted, 0, resumeAt,
                new IllegalStateException("checkpoint of lane kept moving under this invocation"));
    }

    /** The longest run of records from {@code start} whose counter additions fit in one commit. */
    private record Chunk(VoteCountDelta delta, int votes, StreamPosition last, int end) {

        static Chunk from(List<StreamedChange> pending, int start, CommitLimits limits) {
            VoteCountDelta delta = new VoteCountDelta();
            List<VoteEvent> votes = new ArrayList<>();
            int index = start;
            while (index < pending.size()) {
                Optional<VoteEvent> vote = pending.get(index).vote();
                if (vote.isPresent()) {
                    if (!votes.isEmpty() && !delta.fits(vote.get(), limits)) {
                        break;
                    }
                    delta.add(vote.get());
                    votes.add(vote.get());
                }
                index++;
            }
            return new Chunk(delta, votes.size(), pending.get(index - 1).position(), index);
        }
    }
}
