package org.gongjiang.voting.model;

import java.time.Instant;
import java.time.LocalDate;

/** The answer to an accepted vote. */
public record AcceptedVote(String receipt, String candidateId, Instant castAt, LocalDate votingDay, int votesLeftToday) {
}
