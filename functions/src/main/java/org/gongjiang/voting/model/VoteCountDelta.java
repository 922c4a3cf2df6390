package org.gongjiang.voting.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import org.gongjiang.platform.stream.CommitLimits;
import org.gongjiang.platform.stream.LaneFolder;

/**
 * What a run of ballot changes adds to the counters (votes cast add, voids take away and count as
 * voided, restorations put back), grouped by the counter item each number lives in: per campaign one
 * totals item (valid votes, every candidate's valid and voided votes), one item per voting day (valid
 * votes, voters with a valid vote, every candidate's valid votes that day) and one per hour (valid
 * votes, by the hour they were cast).
 * Folding a whole batch into one delta is what makes aggregation cost one write per item per batch.
 */
public final class VoteCountDelta implements LaneFolder.Delta<VoteEvent> {

    private final Map<String, CampaignDelta> campaigns = new TreeMap<>();
    private final CommitLimits limits;

    /** A delta for one commit within {@code limits}. */
    public VoteCountDelta(CommitLimits limits) {
        this.limits = limits;
    }

    /** A delta without limits (for reckoning, not for committing). */
    public VoteCountDelta() {
        this(new CommitLimits(Integer.MAX_VALUE, Integer.MAX_VALUE));
    }

    public static VoteCountDelta of(Iterable<VoteEvent> votes) {
        VoteCountDelta delta = new VoteCountDelta();
        votes.forEach(delta::add);
        return delta;
    }

    @Override
    public void add(VoteEvent vote) {
        CampaignDelta campaign = campaigns.computeIfAbsent(vote.campaignId(), id -> new CampaignDelta());
        campaign.votes += vote.valid();
        campaign.candidates.merge(vote.candidateId(), (long) vote.valid(), Long::sum);
        if (vote.voided() != 0) {
            campaign.voided.merge(vote.candidateId(), (long) vote.voided(), Long::sum);
        }
        DayDelta day = campaign.days.computeIfAbsent(vote.day(), d -> new DayDelta());
        day.votes += vote.valid();
        day.voters += vote.voters();
        day.candidates.merge(vote.candidateId(), (long) vote.valid(), Long::sum);
        // a voided vote leaves the hour it was cast in, not the hour it was voided in
        campaign.hours.merge(hourOf(vote.castAt()), (long) vote.valid(), Long::sum);
    }

    @Override
    public boolean fits(VoteEvent vote) {
        return fits(vote, limits);
    }

    /** Whether adding {@code vote} keeps this delta inside {@code limits}. */
    public boolean fits(VoteEvent vote, CommitLimits limits) {
        CampaignDelta campaign = campaigns.get(vote.campaignId());
        int items = counterItems();
        if (campaign == null) {
            return items + 3 <= limits.maxCounterItems();
        }
        DayDelta day = campaign.days.get(vote.day());
        items += (day == null ? 1 : 0) + (campaign.hours.containsKey(hourOf(vote.castAt())) ? 0 : 1);
        boolean newCandidate = !campaign.candidates.containsKey(vote.candidateId());
        boolean newVoided = vote.voided() != 0 && !campaign.voided.containsKey(vote.candidateId());
        boolean newDayCandidate = day == null || !day.candidates.containsKey(vote.candidateId());
        return items <= limits.maxCounterItems()
                && campaign.candidates.size() + campaign.voided.size() + (newCandidate ? 1 : 0) + (newVoided ? 1 : 0)
                        <= limits.maxCandidatesPerItem()
                && (day == null ? 1 : day.candidates.size() + (newDayCandidate ? 1 : 0)) <= limits.maxCandidatesPerItem();
    }

    @Override
    public boolean isEmpty() {
        return campaigns.isEmpty();
    }

    /** How many counter items a commit of this delta writes. */
    public int counterItems() {
        return campaigns.values().stream().mapToInt(c -> 1 + c.days.size() + c.hours.size()).sum();
    }

    public Map<String, CampaignDelta> campaigns() {
        return campaigns;
    }

    public static Instant hourOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.HOURS);
    }

    /** Additions to one campaign's counters. */
    public static final class CampaignDelta {
        private long votes;
        private final Map<String, Long> candidates = new TreeMap<>();
        private final Map<String, Long> voided = new TreeMap<>();
        private final Map<LocalDate, DayDelta> days = new TreeMap<>();
        private final Map<Instant, Long> hours = new TreeMap<>();

        public long votes() {
            return votes;
        }

        public Map<String, Long> candidates() {
            return candidates;
        }

        /** Per candidate, the change in votes voided. */
        public Map<String, Long> voided() {
            return voided;
        }

        public Map<LocalDate, DayDelta> days() {
            return days;
        }

        public Map<Instant, Long> hours() {
            return hours;
        }
    }

    /** Additions to one campaign's counters for one voting day. */
    public static final class DayDelta {
        private long votes;
        private long voters;
        private final Map<String, Long> candidates = new TreeMap<>();

        public long votes() {
            return votes;
        }

        public long voters() {
            return voters;
        }

        public Map<String, Long> candidates() {
            return candidates;
        }
    }
}
