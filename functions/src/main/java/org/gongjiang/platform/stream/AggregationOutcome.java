package org.gongjiang.platform.stream;

import java.util.Optional;

/**
 * How far a batch got: every record is in the counters, or the counters hold everything before
 * {@code firstUnapplied} and nothing from it on (so the stream can be resumed there).
 */
public record AggregationOutcome(int counted, int recordsSkipped, Optional<StreamPosition> firstUnapplied,
                                 Optional<RuntimeException> failure) {

    public static AggregationOutcome complete(int counted, int recordsSkipped) {
        return new AggregationOutcome(counted, recordsSkipped, Optional.empty(), Optional.empty());
    }

    public static AggregationOutcome failedAt(int counted, int recordsSkipped, StreamPosition position,
                                              RuntimeException failure) {
        return new AggregationOutcome(counted, recordsSkipped, Optional.of(position), Optional.of(failure));
    }

    public boolean isComplete() {
        return firstUnapplied.isEmpty();
    }
}
