package org.gongjiang.voting.application;

import java.time.LocalDate;
import java.util.Optional;
import org.gongjiang.voting.model.BallotVote;
import org.gongjiang.voting.model.BallotWrite;
import org.gongjiang.voting.model.DailyBallot;
import org.gongjiang.voting.model.VoteRef;
import org.gongjiang.voting.model.VoterId;

/** Each voter's ballot per campaign per voting day: the source of truth for every vote, and for its voiding. */
public interface BallotStore {

    /**
     * Records a vote in one atomic conditional write that also enforces "one vote per candidate per
     * day" and "at most {@code dailyLimit} votes per day". Writes nothing unless it answers Accepted.
     */
    BallotWrite record(BallotVote vote, int dailyLimit);

    Optional<DailyBallot> find(String campaignId, LocalDate day, VoterId voter);

    /**
     * Marks the vote voided by {@code voidId} (the stream carries it to every counter); false, writing
     * nothing, when there is no such vote or another void holds it. Marking it again for the same void
     * is harmless (a void applied twice after a crash).
     */
    boolean voidVote(VoteRef vote, String voidId);

    /** Takes back {@code voidId}'s mark from the vote; false, writing nothing, when that void does not hold it. */
    boolean restoreVote(VoteRef vote, String voidId);
}
