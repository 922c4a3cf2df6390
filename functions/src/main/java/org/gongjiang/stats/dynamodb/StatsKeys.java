package org.gongjiang.stats.dynamodb;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongjiang.platform.dynamodb.CounterItems;
import org.gongjiang.stats.application.StatsStore;
import org.gongjiang.stats.model.StatsDimension;
import org.gongjiang.voting.dynamodb.VoteCounterKeys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keys of the statistics' own items in CountersTable (the table's layout is drawn in
 * {@link VoteCounterKeys}): nomination counters beside the vote counters in the campaign's partition,
 * one item per table ({@code nominations#<dim>[#<dim>]}) and one counter per cell
 * ({@code c:<value>[|<value>]}); snapshots as copies of that partition under {@code snapshot#<id>#<date>},
 * with the ballot frozen as {@code candidate#<id>}; the list of a campaign's snapshots under
 * {@code snapshots#<id>}, one item per date.
 */
final class StatsKeys {

    static final String BALLOT_PREFIX = "candidate#";
    /** Separates a cell's values in its counter's name (codes never hold one). */
    static final String CELL_SEPARATOR = "|";
    static final String NOMINATIONS_PREFIX = "nominations#";

    private StatsKeys() {
    }

    /** A nomination statistics table: one dimension, or two in {@link StatsDimension} order. */
    static Map<String, AttributeValue> nominations(String campaignId, List<StatsDimension> table) {
        return CounterItems.key(VoteCounterKeys.campaignPartition(campaignId), nominationsSortKey(table));
    }

    static String nominationsSortKey(List<StatsDimension> table) {
        return NOMINATIONS_PREFIX + String.join("#", table.stream().map(StatsDimension::code).toList());
    }

    /** Where a scope's counters live: the campaign's own partition, or the partition of one of its snapshots. */
    static String partition(StatsStore.Scope scope) {
        return scope.snapshot().map(date -> "snapshot#" + scope.campaignId() + "#" + date)
                .orElse(VoteCounterKeys.campaignPartition(scope.campaignId()));
    }

    /** The list of a campaign's snapshots: one item per snapshot, keyed by its date, written once it is complete. */
    static Map<String, AttributeValue> snapshotMarker(String campaignId, LocalDate date) {
        return CounterItems.key(snapshotList(campaignId), date.toString());
    }

    static String snapshotList(String campaignId) {
        return "snapshots#" + campaignId;
    }

    /** A cell's counter name: the cell's values joined by '|'. */
    static String cellName(List<String> cell) {
        return String.join(CELL_SEPARATOR, cell);
    }

    static List<String> cellOf(String counterName) {
        return List.of(counterName.split("\\" + CELL_SEPARATOR, -1));
    }
}
