package org.gongjiang.voting.application;

import java.time.LocalDate;
import java.util.Optional;
import org.gongjiang.voting.model.BallotVote;
import org.gongjiang.voting.model.BallotWrite;
import org.gongjiang.voting.model.DailyBallot;
import org.gongjiang.voting.model.VoterId;

/** Each voter's ballot per campaign per voting day: the source of truth for every vote. */
public interface BallotStore {

    /**
     * Records a vote in one atomic conditional write that also enforces "one vote per candidate per
     * day" and "at most {@code dailyLimit} votes per day". Writes nothing unless it answers Accepted.
     */
    BallotWrite record(BallotVote vote, int dailyLimit);

    Optional<DailyBallot> find(String campaignId, LocalDate day, VoterId voter);
}
