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
     * The campaign's total and each published finalist's votes, most votes first. The total is the sum of
     * the per-candidate counters it is read with, so the shares of one answer always add up.
     */
    public VoteTally tally(String campaignId) {
        Campaign campaign = campaigns.requireCampaign(campaignId);
        List<Candidate> ballot = candidates.ballot(campaign.campaignId());
        VoteTotals totals = counters.totals(campaign.campaignId());
        long total = totals.byCandidate().values().stream().mapToLong(Long::longValue).sum();
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
