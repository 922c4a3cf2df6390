package org.gongjiang.domain;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.gongjiang.store.VoteCounterStore;

/** Vote figures from the aggregator's counters: one counter read whatever the number of votes. */
public final class VoteStatsService {

    private final CampaignDirectory campaigns;
    private final CandidateDirectory candidates;
    private final VoteCounterStore counters;
    private final Clock clock;

    public VoteStatsService(CampaignDirectory campaigns, CandidateDirectory candidates, VoteCounterStore counters,
                            Clock clock) {
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.counters = counters;
        this.clock = clock;
    }

    /**
     * Each published finalist's votes, most votes first, and their total. The total is the sum over the
     * finalists listed, read in the same request, so the shares of one answer always add up to 1.
     */
    public VoteTally tally(String campaignId) {
        Campaign campaign = campaigns.requireCampaign(campaignId);
        List<Candidate> ballot = candidates.ballot(campaign.campaignId());
        VoteTotals totals = counters.totals(campaign.campaignId());
        long total = ballot.stream().mapToLong(candidate -> totals.votesFor(candidate.candidateId())).sum();
        List<VoteTally.Line> lines = ballot.stream()
                .map(candidate -> {
                    long votes = totals.votesFor(candidate.candidateId());
                    return new VoteTally.Line(candidate, votes, total == 0 ? 0.0 : (double) votes / total);
                })
                .sorted(Comparator.comparingLong(VoteTally.Line::votes).reversed()
                        .thenComparing(line -> line.candidate().candidateId()))
                .toList();
        return new VoteTally(campaign, total, totals.updatedAt().orElseGet(clock::instant), lines);
    }
}
