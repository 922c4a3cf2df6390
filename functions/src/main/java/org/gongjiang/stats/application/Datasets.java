package org.gongjiang.stats.application;

import java.util.List;
import java.util.Locale;
import org.gongjiang.stats.application.StatsStore.Scope;
import org.gongjiang.stats.model.StatsDimension;

/**
 * The names of the open statistics' datasets, as every answer cites them ({@code dataset}) and the data
 * package lists them: lower case, as Data Package resource names are.
 */
public final class Datasets {

    public static final String SUMMARY = "summary";
    public static final String VOTES = "votes";
    public static final String INTEGRITY = "integrity";
    /** The named winners and the public part of the ranking, at /v1/campaigns/{campaignId}/winners. */
    public static final String WINNERS = "winners";

    private Datasets() {
    }

    /** Nominees by one dimension or two, e.g. {@code nominations-by-region-sex}. */
    public static String nominations(List<StatsDimension> by) {
        return "nominations-by-" + String.join("-", by.stream().map(StatsDimension::code).toList()).toLowerCase(Locale.ROOT);
    }

    /** Votes per hour or per day: {@code votes-timeline-hour}, {@code votes-timeline-day}. */
    public static String timeline(StatsService.Interval interval) {
        return "votes-timeline-" + interval.name().toLowerCase(Locale.ROOT);
    }

    /** The name a journalist cites: the campaign, the snapshot if any, the dataset. */
    public static String cited(Scope scope, String name) {
        return scope.campaignId() + "/" + scope.snapshot().map(date -> "snapshots/" + date + "/").orElse("") + name;
    }
}
