package org.gongjiang.voting.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one change of a ballot does to the counters, as the aggregator sees it on the stream: a vote
 * cast adds one valid vote; a void takes one out (and counts it voided); a restoration puts it back.
 * {@code voters} moves when the voter's count of valid votes that day leaves or reaches zero, so that
 * the day's voters are those with a vote that counts.
 */
public record VoteEvent(String campaignId, String candidateId, LocalDate day, Instant castAt, int valid, int voided,
                        int voters) {

    public VoteEvent {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(castAt, "castAt");
    }

    /** A vote cast; {@code firstValidOfDay} when the voter had no vote that counts that day before. */
    public static VoteEvent cast(String campaignId, String candidateId, LocalDate day, Instant castAt, boolean firstValidOfDay) {
        return new VoteEvent(campaignId, candidateId, day, castAt, 1, 0, firstValidOfDay ? 1 : 0);
    }

    /** A vote voided; {@code lastValidOfDay} when it was the voter's last vote that counted that day. */
    public static VoteEvent voided(String campaignId, String candidateId, LocalDate day, Instant castAt, boolean lastValidOfDay) {
        return new VoteEvent(campaignId, candidateId, day, castAt, -1, 1, lastValidOfDay ? -1 : 0);
    }

    /** A voided vote restored; {@code firstValidOfDay} when the voter had no vote that counted that day. */
    public static VoteEvent restored(String campaignId, String candidateId, LocalDate day, Instant castAt, boolean firstValidOfDay) {
        return new VoteEvent(campaignId, candidateId, day, castAt, 1, -1, firstValidOfDay ? 1 : 0);
    }
}
