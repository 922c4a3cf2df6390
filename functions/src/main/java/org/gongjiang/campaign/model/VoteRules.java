package org.gongjiang.campaign.model;

/**
 * How many votes a voter may cast per calendar day (in the campaign's time zone), and how many of them
 * may go to one candidate. The product enforces one vote per candidate per day, as the campaigns do.
 * The daily quota is capped at 20 so that a voter's ballot for the day (about 40 bytes per vote) stays
 * under 1 KB and every vote costs one write unit.
 */
public record VoteRules(int perVoterPerDay, int perCandidatePerDay) {

    public static final int MAX_PER_VOTER_PER_DAY = 20;

    public VoteRules {
        if (perVoterPerDay < 1 || perVoterPerDay > MAX_PER_VOTER_PER_DAY) {
            throw new IllegalArgumentException("perVoterPerDay must be 1.." + MAX_PER_VOTER_PER_DAY);
        }
        if (perCandidatePerDay != 1) {
            throw new IllegalArgumentException("perCandidatePerDay must be 1");
        }
    }
}
