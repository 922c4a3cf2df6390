package org.gongjiang.voting.model;

import java.time.Instant;
import org.gongjiang.campaign.model.Campaign;

/** What the caller voted today in a campaign, and what is left. */
public record MyVotes(Campaign campaign, DailyBallot ballot, int votesLeftToday, boolean votingOpen, Instant nextVotingDayStartsAt) {
}
