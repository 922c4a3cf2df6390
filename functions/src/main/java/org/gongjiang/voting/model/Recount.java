package org.gongjiang.voting.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Counting from the votes themselves: what a ballot adds to the counters when they are rebuilt from the
 * votes table instead of folded from its stream.
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
}
