package org.gongjiang.integrity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.integrity.model.Alert;
import org.gongjiang.integrity.model.IntegrityDetector;
import org.gongjiang.integrity.model.WatchedVote;
import org.gongjiang.integrity.model.WindowSummary;
import org.gongjiang.integrity.model.Windows;

/**
 * Evaluates each campaign's windows once they are over and settled (the stream's lag past), in order,
 * with the summaries of the hour before, and again any window that late votes reached. Runs on a
 * schedule. Every step is safe to repeat: a window's alerts have ids that follow from what they find,
 * and the next window to evaluate moves only after a window is done.
 */
public final class IntegrityDetection {

    /** At most this many windows per campaign per run: a day's, so a run after an outage catches up in steps. */
    static final int MAX_WINDOWS_PER_RUN = 288;

    private final CampaignDirectory campaigns;
    private final WatchLog log;
    private final IntegrityStore store;
    private final Duration settle;
    private final Clock clock;

    public IntegrityDetection(CampaignDirectory campaigns, WatchLog log, IntegrityStore store, Duration settle, Clock clock) {
        this.campaigns = campaigns;
        this.log = log;
        this.store = store;
        this.settle = settle;
        this.clock = clock;
    }

    /** What a run did: windows evaluated and alerts raised, per campaign. */
    public record Run(Map<String, Integer> windowsEvaluated, Map<String, Integer> alertsRaised) {
    }

    public Run detectDue() {
        Instant now = clock.instant();
        Map<String, Integer> windows = new LinkedHashMap<>();
        Map<String, Integer> raised = new LinkedHashMap<>();
        for (Campaign campaign : campaigns.campaigns()) {
            Instant opens = Windows.startOf(campaign.votingWindow().opensAt());
            // a day after the close, every late vote has long arrived
            if (now.isBefore(opens) || now.isAfter(campaign.votingWindow().closesAt().plus(Duration.ofDays(1)))) {
                continue;
            }
            int evaluated = 0;
            int alerts = 0;
            TreeSet<Instant> late = new TreeSet<>(log.lateWindows(campaign.campaignId()));
            Instant next = store.nextWindow(campaign.campaignId()).orElse(opens);
            List<Instant> due = new ArrayList<>(late.headSet(next));
            for (Instant window = next; due.size() < MAX_WINDOWS_PER_RUN && !Windows.next(window).plus(settle).isAfter(now)
                    && window.isBefore(campaign.votingWindow().closesAt()); window = Windows.next(window)) {
                due.add(window);
            }
            TrailingSummaries summaries = new TrailingSummaries(campaign.campaignId());
            for (Instant window : due) {
                alerts += evaluate(campaign, window, now, summaries);
                evaluated++;
                if (!window.isBefore(next)) {
                    next = Windows.next(window);
                    store.setNextWindow(campaign.campaignId(), next, campaign.personalDataExpiresAt());
                }
                if (late.contains(window)) {
                    log.clearLate(campaign.campaignId(), window);
                }
            }
            if (evaluated > 0) {
                windows.put(campaign.campaignId(), evaluated);
                raised.put(campaign.campaignId(), alerts);
            }
        }
        return new Run(windows, raised);
    }

    /** Evaluates one window; returns how many alerts it raised for the first time. */
    int evaluate(Campaign campaign, Instant window, Instant now) {
        return evaluate(campaign, window, now, new TrailingSummaries(campaign.campaignId()));
    }

    private int evaluate(Campaign campaign, Instant window, Instant now, TrailingSummaries summaries) {
        List<WatchedVote> votes = log.window(campaign.campaignId(), window);
        if (votes.isEmpty()) {
            // no rule fires on an empty window, and it has no summary to keep: one read, and on
            summaries.evaluated(window, Optional.empty());
            return 0;
        }
        List<WindowSummary> trailing = summaries.before(window);
        IntegrityDetector.Result result = new IntegrityDetector(campaign.integrity()).evaluate(campaign.campaignId(), window,
                votes, trailing, now);
        Instant expiresAt = campaign.personalDataExpiresAt();
        store.putSummary(campaign.campaignId(), result.summary(), expiresAt);
        summaries.evaluated(window, Optional.of(result.summary()));
        int raised = 0;
        for (Alert alert : result.alerts()) {
            if (store.raise(alert, expiresAt)) {
                raised++;
            } else {
                store.updateEvidence(alert, expiresAt);
            }
        }
        return raised;
    }

    /**
     * The summaries of the hour before each window, read once per run and then carried along as the
     * windows are evaluated in order (a window's trailing hour is the previous one's, one window on):
     * one query per run instead of one per window. A window out of that order (a late one) reads its own.
     */
    private final class TrailingSummaries {

        private final String campaignId;
        private final TreeMap<Instant, WindowSummary> known = new TreeMap<>();
        private Instant coveredFrom;
        private Instant coveredTo;

        TrailingSummaries(String campaignId) {
            this.campaignId = campaignId;
        }

        List<WindowSummary> before(Instant window) {
            Instant from = window.minus(Windows.LENGTH.multipliedBy(Windows.TRAILING));
            if (coveredFrom == null || from.isBefore(coveredFrom) || !window.equals(coveredTo)) {
                known.clear();
                store.summaries(campaignId, from, window).forEach(summary -> known.put(summary.start(), summary));
                coveredFrom = from;
                coveredTo = window;
            }
            return List.copyOf(known.subMap(from, true, window, false).values());
        }

        void evaluated(Instant window, Optional<WindowSummary> summary) {
            if (window.equals(coveredTo)) {
                summary.ifPresent(s -> known.put(window, s));
                coveredTo = Windows.next(window);
                known.headMap(coveredTo.minus(Windows.LENGTH.multipliedBy(Windows.TRAILING))).clear();
            } else {
                coveredFrom = null; // out of order: the next window reads its own hour
            }
        }
    }
}
