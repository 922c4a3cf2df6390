package org.gongjiang.stats.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.voting.application.CandidateStore;

/**
 * Freezes every statistics resource of a campaign once its vote has closed: its counters and its
 * ballot are copied as the snapshot of the voting's last day, served from then on as immutable.
 * {@code settle} leaves the aggregators time to count the last votes before the copy.
 */
public final class StatsSnapshots {

    private final CampaignDirectory campaigns;
    private final CandidateStore candidates;
    private final StatsStore stats;
    private final Duration settle;
    private final Clock clock;

    public StatsSnapshots(CampaignDirectory campaigns, CandidateStore candidates, StatsStore stats, Duration settle, Clock clock) {
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.stats = stats;
        this.settle = settle;
        this.clock = clock;
    }

    /** The date a campaign's snapshot is named by: the last voting day, in the campaign's time zone. */
    public static LocalDate dateOf(Campaign campaign) {
        return campaign.votingDay(campaign.votingWindow().closesAt().minusNanos(1));
    }

    /** Takes the snapshot of every campaign whose vote closed at least {@code settle} ago and has none yet; returns them. */
    public List<String> takeDue() {
        Instant now = clock.instant();
        List<String> taken = new ArrayList<>();
        for (Campaign campaign : campaigns.campaigns()) {
            if (now.isBefore(campaign.votingWindow().closesAt().plus(settle))) {
                continue;
            }
            LocalDate date = dateOf(campaign);
            if (stats.snapshots(campaign.campaignId()).stream().anyMatch(s -> s.date().equals(date))) {
                continue;
            }
            if (stats.takeSnapshot(campaign.campaignId(), date, candidates.list(campaign.campaignId()), now)) {
                taken.add(campaign.campaignId() + "/" + date);
            }
        }
        return taken;
    }
}
