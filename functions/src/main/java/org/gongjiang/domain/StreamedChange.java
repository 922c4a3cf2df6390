package org.gongjiang.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One record of the votes table's stream, in stream order: its position and, when it is an accepted
 * vote, the vote. Other changes (TTL deletions) carry no vote and count for nothing.
 */
public record StreamedChange(StreamPosition position, Optional<VoteEvent> vote) {

    public StreamedChange {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(vote, "vote");
    }

    public static StreamedChange vote(StreamPosition position, VoteEvent vote) {
        return new StreamedChange(position, Optional.of(vote));
    }

    public static StreamedChange other(StreamPosition position) {
        return new StreamedChange(position, Optional.empty());
    }
}
