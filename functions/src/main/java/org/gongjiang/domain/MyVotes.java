package org.gongjiang.domain;

import java.time.Instant;

/** What the caller voted today in a campaign, and what is left. */
public record MyVotes(Campaign campaign, DailyBallot ballot, int votesLeftToday, boolean votingOpen, Instant nextVotingDayStartsAt) {
}
