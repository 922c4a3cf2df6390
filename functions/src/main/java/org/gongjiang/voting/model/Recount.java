package org.gongjiang.voting.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counting from the votes themselves: what a ballot adds to the counters when they are rebuilt from the
 * votes table instead of folded from its stream, and how two sets of counters differ.
 */
public final class Recount {

    private Recount() {
    }

    /**
     * The events a ballot's votes amount to, as the stream would have delivered them, cast then voided:
     * a vote that counts adds one valid vote, a voided vote adds one voided vote and no valid one, and the
     * day's voters grow by one for a ballot with at least one vote that counts.
     */
    public static List<VoteEvent> eventsOf(DailyBallot ballot, String intoCampaign) {
        List<VoteEvent> events = new ArrayList<>();
        boolean voterCounted = false;
        for (DailyBallot.Entry vote : ballot.votes()) {
            boolean counted = vote.counted();
            int voters = counted && !voterCounted ? 1 : 0;
            voterCounted |= counted;
            events.add(new VoteEvent(intoCampaign, vote.candidateId(), ballot.day(), vote.castAt(), counted ? 1 : 0,
                    counted ? 0 : 1, voters));
        }
        return events;
    }

    /** One counter whose live value is not what the votes say. */
    public record Difference(String item, String counter, long live, long recounted) {
    }

    /**
     * Every counter, item by item, whose value differs between {@code live} and {@code recounted}; a
     * counter missing on one side is zero there.
     */
    public static List<Difference> differences(Map<String, Map<String, Long>> live, Map<String, Map<String, Long>> recounted) {
        Set<String> items = new TreeSet<>(live.keySet());
        items.addAll(recounted.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String item : items) {
            Map<String, Long> liveCounters = live.getOrDefault(item, Map.of());
            Map<String, Long> recountedCounters = recounted.getOrDefault(item, Map.of());
            Map<String, Long> names = new TreeMap<>(liveCounters);
            recountedCounters.forEach(names::putIfAbsent);
            for (String counter : names.keySet()) {
                long was = liveCounters.getOrDefault(counter, 0L);
                long is = recountedCounters.getOrDefault(counter, 0L);
                if (was != is) {
                    differences.add(new Difference(item, counter, was, is));
                }
            }
        }
        return differences;
    }
}
