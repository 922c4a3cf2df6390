package org.gongjiang.voting.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongjiang.campaign.model.Campaign;

/** What the caller voted today in a campaign (with each vote's receipt and whether it counts), and what is left. */
public record MyVotes(Campaign campaign, LocalDate day, List<Vote> votes, int votesLeftToday, boolean votingOpen,
                      Instant nextVotingDayStartsAt) {

    public MyVotes {
        votes = List.copyOf(votes);
    }

    public record Vote(String candidateId, String receipt, Instant castAt, boolean counted) {
    }
}
