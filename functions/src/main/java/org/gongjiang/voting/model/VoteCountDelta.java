package org.gongjiang.voting.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import org.gongjiang.platform.stream.CommitLimits;
import org.gongjiang.platform.stream.LaneFolder;

/**
 * What a run of votes adds to the counters, grouped by the counter item each number lives in: per
 * campaign one totals item (campaign total and every candidate's total), one item per voting day
 * (votes, first-time voters of the day, every candidate's votes that day) and one per hour (votes).
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
        campaign.votes++;
        campaign.candidates.merge(vote.candidateId(), 1L, Long::sum);
        DayDelta day = campaign.days.computeIfAbsent(vote.day(), d -> new DayDelta());
        day.votes++;
        if (vote.firstVoteOfDay()) {
            day.voters++;
        }
        day.candidates.merge(vote.candidateId(), 1L, Long::sum);
        campaign.hours.merge(hourOf(vote.castAt()), 1L, Long::sum);
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
        boolean newDayCandidate = day == null || !day.candidates.containsKey(vote.candidateId());
        return items <= limits.maxCounterItems()
                && campaign.candidates.size() + (newCandidate ? 1 : 0) <= limits.maxCandidatesPerItem()
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
        private final Map<LocalDate, DayDelta> days = new TreeMap<>();
        private final Map<Instant, Long> hours = new TreeMap<>();

        public long votes() {
            return votes;
        }

        public Map<String, Long> candidates() {
            return candidates;
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
