package org.gongjiang.voting.dynamodb;

import java.time.Instant;
import java.util.Map;
import org.gongjiang.platform.dynamodb.Attributes;
import org.gongjiang.platform.dynamodb.CounterItems;
import org.gongjiang.voting.model.VoteTotals;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Vote counter items of CountersTable read back: the totals item (valid and voided votes), and the fixed counters of a day or an hour. */
public final class VoteCounterItemMapper {

    public static final String VOTES = "votes";
    public static final String VOTERS = "voters";
    /** Per candidate on the totals item: its votes voided ({@code x:<candidateId>}). */
    public static final String VOIDED_PREFIX = "x:";

    private VoteCounterItemMapper() {
    }

    /** A totals item (campaign total and every candidate's), or none. */
    public static VoteTotals totals(Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return VoteTotals.none();
        }
        return new VoteTotals(Attributes.numberOrZero(item, VOTES), CounterItems.counters(item),
                CounterItems.counters(item, VOIDED_PREFIX), Attributes.optionalString(item, CounterItems.UPDATED_AT).map(Instant::parse));
    }
}
