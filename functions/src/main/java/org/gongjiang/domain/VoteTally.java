package org.gongjiang.domain;

import java.time.Instant;
import java.util.List;

/** Public vote figures of a campaign: the total and each published finalist's votes and share. */
public record VoteTally(Campaign campaign, long total, Instant asOf, List<Line> candidates) {

    public record Line(Candidate candidate, long votes, double share) {
    }
}
