package org.gongjiang.voting.model;

/** What the single conditional write of a vote found. */
public sealed interface BallotWrite {

    /** The vote is recorded; the voter has now cast {@code votesCastToday} votes today. */
    record Accepted(int votesCastToday) implements BallotWrite {
    }

    /** The voter already voted for this candidate today: {@code earlier} is that vote. Nothing was written. */
    record AlreadyVoted(BallotEntry earlier) implements BallotWrite {
    }

    /** The voter has used every vote of the day. Nothing was written. */
    record LimitReached(int votesCastToday) implements BallotWrite {
    }
}
