package org.gongjiang.review.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.RankingWeights;
import org.gongjiang.nomination.application.NominationStore;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.nomination.model.NominationStatus;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.Role;
import org.gongjiang.voting.application.VoteCounterStore;
import org.gongjiang.voting.model.VoteTotals;

/**
 * The final ranking (review office): each finalist's expert score (0-100) and public vote combined by
 * the campaign's weights. The vote counts as 100 times the finalist's votes over the most votes any
 * finalist got, so both parts are on the same 0-100 scale.
 */
public final class RankingService {

    private final CampaignDirectory campaigns;
    private final NominationStore nominations;
    private final VoteCounterStore counters;
    private final Clock clock;

    public RankingService(CampaignDirectory campaigns, NominationStore nominations, VoteCounterStore counters, Clock clock) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.counters = counters;
        this.clock = clock;
    }

    public record Line(int rank, Nomination nomination, double expertScore, long votes, double voteScore, double combined) {
    }

    /** {@code final} once voting has closed; before that the ranking is provisional. */
    public record Ranking(Campaign campaign, boolean isFinal, List<Line> lines) {
    }

    public Ranking ranking(Actor actor, String campaignId) {
        actor.require(Role.REVIEWER);
        Campaign campaign = campaigns.requireCampaign(campaignId);
        List<Nomination> finalists = new ArrayList<>(nominations.listByStatus(campaign.campaignId(), NominationStatus.FINALIST));
        finalists.addAll(nominations.listByStatus(campaign.campaignId(), NominationStatus.NAMED));
        VoteTotals totals = counters.totals(campaign.campaignId());
        long most = finalists.stream().mapToLong(n -> totals.votesFor(n.nominationId())).max().orElse(0);
        RankingWeights weights = campaign.ranking();
        List<Line> unranked = finalists.stream().map(n -> {
            double expert = n.expertScore().orElse(0.0);
            long votes = totals.votesFor(n.nominationId());
            double voteScore = most == 0 ? 0 : 100.0 * votes / most;
            return new Line(0, n, expert, votes, voteScore, weights.expertWeight() * expert + weights.voteWeight() * voteScore);
        }).sorted(Comparator.comparingDouble(Line::combined).reversed().thenComparing(l -> l.nomination().nominationId())).toList();
        List<Line> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Line line = unranked.get(i);
            ranked.add(new Line(i + 1, line.nomination(), line.expertScore(), line.votes(), line.voteScore(), line.combined()));
        }
        return new Ranking(campaign, campaign.votingWindow().hasClosedAt(clock.instant()), ranked);
    }
}
