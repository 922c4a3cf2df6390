package org.gongjiang.platform.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** One counter whose live value is not what a recount from the source table says. */
public record CounterDifference(String item, String counter, long live, long recounted) {

    /**
     * Every counter, item by item, whose value differs between {@code live} and {@code recounted}; a
     * counter missing on one side is zero there.
     */
    public static List<CounterDifference> between(Map<String, Map<String, Long>> live, Map<String, Map<String, Long>> recounted) {
        Set<String> items = new TreeSet<>(live.keySet());
        items.addAll(recounted.keySet());
        List<CounterDifference> differences = new ArrayList<>();
        for (String item : items) {
            Map<String, Long> liveCounters = live.getOrDefault(item, Map.of());
            Map<String, Long> recountedCounters = recounted.getOrDefault(item, Map.of());
            Map<String, Long> names = new TreeMap<>(liveCounters);
            recountedCounters.forEach(names::putIfAbsent);
            for (String counter : names.keySet()) {
                long was = liveCounters.getOrDefault(counter, 0L);
                long is = recountedCounters.getOrDefault(counter, 0L);
                if (was != is) {
                    differences.add(new CounterDifference(item, counter, was, is));
                }
            }
        }
        return differences;
    }

    public long change() {
        return recounted - live;
    }
}
