package org.gongjiang.stats.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.nomination.model.Nomination;

/**
 * What a change of one nomination does to the statistics: its cell in every table before the change
 * leaves, its cell after the change arrives. A new nomination has no before; nothing has no after,
 * since a nomination is never deleted (personal data expiring by TTL leaves the counts as they are).
 */
public record NominationChange(String campaignId, Optional<Map<StatsDimension, String>> before,
                               Optional<Map<StatsDimension, String>> after) {

    public static NominationChange of(Optional<Nomination> before, Optional<Nomination> after) {
        String campaignId = after.or(() -> before).orElseThrow().campaignId();
        return new NominationChange(campaignId, before.map(NominationChange::profile), after.map(NominationChange::profile));
    }

    /** A nomination's value in every dimension. */
    public static Map<StatsDimension, String> profile(Nomination nomination) {
        Map<StatsDimension, String> values = new java.util.EnumMap<>(StatsDimension.class);
        for (StatsDimension dimension : StatsDimension.values()) {
            values.put(dimension, dimension.valueOf(nomination));
        }
        return values;
    }

    /** The cell of {@code table} (one or two dimensions) that a profile counts in. */
    public static List<String> cell(Map<StatsDimension, String> profile, List<StatsDimension> table) {
        return table.stream().map(profile::get).toList();
    }
}
