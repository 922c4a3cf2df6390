package org.gongjiang.platform.stream;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Folds a DynamoDB stream's records into counters with an exactly-once effect, whatever the records
 * count (votes, nomination changes).
 *
 * <p>Lambda delivers each shard's records in order the first time and at least once overall: a batch
 * may come again whole, split differently (bisect, partial-failure resume) or after a crash midway.
 * Each shard ("lane") has a checkpoint, the position of the last record already counted, and every
 * commit moves that checkpoint in the same DynamoDB transaction as the counter additions, on the
 * condition that it still holds what this invocation read. So a record at or before the checkpoint is
 * never counted again, a record after it is counted exactly once, and two invocations racing over the
 * same records cannot both commit.
 *
 * @param <T> what one record contributes (a vote, a nomination's change)
 * @param <D> the additions of a run of records, as one commit writes them
 */
public final class LaneFolder<T, D extends LaneFolder.Delta<T>> {

    private static final int MAX_CHECKPOINT_RACES = 5;

    /** Counter additions of a run of records, kept within what one atomic commit may carry. */
    public interface Delta<T> {

        /** Whether adding {@code item} keeps this delta inside one commit. */
        boolean fits(T item);

        void add(T item);

        boolean isEmpty();
    }

    /** Where the counters and each lane's checkpoint live. */
    public interface Ledger<D> {

        /** The last stream position already in the counters, for one shard ("lane"). */
        Optional<StreamPosition> checkpoint(String lane);

        /**
         * Adds {@code delta} to the counters and moves the lane's checkpoint from {@code expected} (empty:
         * the lane has none yet) to {@code next}, all or nothing. Returns false, writing nothing, when the
         * checkpoint is no longer {@code expected} (someone else applied records meanwhile).
         */
        boolean commit(String lane, Optional<StreamPosition> expected, StreamPosition next, D delta, Instant now);
    }

    /** One stream record: its position and what it counts for, if anything (a TTL deletion counts for nothing). */
    public record Change<T>(StreamPosition position, Optional<T> item) {

        public Change {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(item, "item");
        }
    }

    private final Ledger<D> ledger;
    private final Supplier<D> emptyDelta;
    private final Clock clock;

    public LaneFolder(Ledger<D> ledger, Supplier<D> emptyDelta, Clock clock) {
        this.ledger = ledger;
        this.emptyDelta = emptyDelta;
        this.clock = clock;
    }

    /**
     * Counts every record after the lane's checkpoint. Records are put back in stream order first (a
     * redelivered batch may come out of order) and a record delivered twice in one batch is taken once.
     */
    public AggregationOutcome fold(String lane, List<Change<T>> delivered) {
        if (delivered.isEmpty()) {
            return AggregationOutcome.complete(0, 0);
        }
        List<Change<T>> changes = new ArrayList<>(delivered.stream()
                .collect(Collectors.toMap(Change::position, change -> change, (first, again) -> first, TreeMap::new))
                .values());
        int counted = 0;
        for (int race = 0; race < MAX_CHECKPOINT_RACES; race++) {
            Optional<StreamPosition> checkpoint = ledger.checkpoint(lane);
            List<Change<T>> pending = changes.stream()
                    .filter(change -> checkpoint.isEmpty() || change.position().isAfter(checkpoint.get()))
                    .toList();
            int skipped = delivered.size() - pending.size();
            Optional<StreamPosition> expected = checkpoint;
            int index = 0;
            boolean lostRace = false;
            while (index < pending.size()) {
                Chunk<D> chunk = chunk(pending, index);
                if (!chunk.delta().isEmpty()) {
                    try {
                        if (!ledger.commit(lane, expected, chunk.last(), chunk.delta(), clock.instant())) {
                            lostRace = true;
                            break;
                        }
                    } catch (RuntimeException e) {
                        return AggregationOutcome.failedAt(counted, skipped, pending.get(index).position(), e);
                    }
                    expected = Optional.of(chunk.last());
                    counted += chunk.items();
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
    private Chunk<D> chunk(List<Change<T>> pending, int start) {
        D delta = emptyDelta.get();
        int items = 0;
        int index = start;
        while (index < pending.size()) {
            Optional<T> item = pending.get(index).item();
            if (item.isPresent()) {
                if (items > 0 && !delta.fits(item.get())) {
                    break;
                }
                delta.add(item.get());
                items++;
            }
            index++;
        }
        return new Chunk<>(delta, items, pending.get(index - 1).position(), index);
    }

    private record Chunk<D>(D delta, int items, StreamPosition last, int end) {
    }
}
