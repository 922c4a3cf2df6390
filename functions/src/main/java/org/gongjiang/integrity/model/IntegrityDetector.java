package org.gongjiang.integrity.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gongjiang.campaign.model.IntegrityRules;
import org.gongjiang.platform.model.TimeWindow;

/**
 * The rules of the watch applied to one window of a campaign's votes, with what the hour before left
 * (each window's summary). Pure: the same votes and history always give the same alerts, which is what
 * makes evaluating a window again (a late vote, a crash) raise nothing twice.
 */
public final class IntegrityDetector {

    /** A burst needs some history to be measured against: votes in this many of the trailing windows. */
    static final int MIN_TRAILING_WINDOWS = 3;

    /** A burst implicates its sources only when they are several networks (see {@code burst}). */
    static final int MIN_SOURCE_NETWORKS = 2;

    private final IntegrityRules rules;

    public IntegrityDetector(IntegrityRules rules) {
        this.rules = rules;
    }

    /** What evaluating a window finds: its summary (kept for the windows after it) and its alerts. */
    public record Result(WindowSummary summary, List<Alert> alerts) {
    }

    /**
     * @param votes the window's votes (each once)
     * @param trailing the summaries of the windows before it (at most {@link Windows#TRAILING}), any order
     */
    public Result evaluate(String campaignId, Instant windowStart, List<WatchedVote> votes, List<WindowSummary> trailing,
                           Instant now) {
        TimeWindow window = new TimeWindow(windowStart, Windows.next(windowStart));
        Map<String, List<WatchedVote>> byCandidate = votes.stream()
                .collect(Collectors.groupingBy(WatchedVote::candidateId, TreeMap::new, Collectors.toList()));
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> fresh = new TreeMap<>();
        byCandidate.forEach((candidate, list) -> {
            counts.put(candidate, list.size());
            int freshVotes = (int) list.stream().filter(this::fresh).count();
            if (freshVotes > 0) {
                fresh.put(candidate, freshVotes);
            }
        });
        WindowSummary summary = new WindowSummary(windowStart, counts, fresh);
        List<Alert> alerts = new ArrayList<>();
        Context context = new Context(campaignId, window, now);
        if (rules.burst().enabled()) {
            byCandidate.forEach((candidate, list) -> burst(context, candidate, list, trailing).ifPresent(alerts::add));
        }
        if (rules.network().enabled()) {
            alerts.addAll(networks(context, votes));
        }
        if (rules.fresh().enabled()) {
            byCandidate.forEach((candidate, list) -> freshAccounts(context, candidate, list, trailing).ifPresent(alerts::add));
        }
        if (rules.lockstep().enabled()) {
            alerts.addAll(lockstep(context, votes));
        }
        return new Result(summary, alerts);
    }

    private record Context(String campaignId, TimeWindow window, Instant now) {
    }

    private boolean fresh(WatchedVote vote) {
        return rules.isFresh(vote.signals().accountAgeDays(), vote.signals().verificationLevel());
    }

    private java.util.Optional<Alert> burst(Context context, String candidate, List<WatchedVote> votes, List<WindowSummary> trailing) {
        IntegrityRules.Burst burst = rules.burst();
        long windowsWithVotes = trailing.stream().filter(s -> s.total() > 0).count();
        double level = trailing.stream().mapToInt(s -> s.votes().getOrDefault(candidate, 0)).sum() / (double) Windows.TRAILING;
        if (votes.size() < burst.minVotes() || windowsWithVotes < MIN_TRAILING_WINDOWS
                || votes.size() < burst.factor() * Math.max(level, 1.0)) {
            return java.util.Optional.empty();
        }
        Map<String, List<WatchedVote>> byNetwork = byNetwork(votes);
        List<List<WatchedVote>> sourceNetworks = byNetwork.values().stream().filter(list -> list.size() >= burst.networkVotes()).toList();
        // a burst from one network alone is a shared network's (a factory's workers voting for their own at lunch):
        // the alert informs, the network rule asks for the review, and nothing is implicated
        List<WatchedVote> sources = sourceNetworks.size() < MIN_SOURCE_NETWORKS ? List.of()
                : sourceNetworks.stream().flatMap(List::stream).toList();
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("votes", votes.size());
        figures.put("trailingMean", round(level));
        figures.put("factor", round(votes.size() / Math.max(level, 1.0)));
        figures.put("networks", byNetwork.size());
        figures.put("sourceNetworks", sourceNetworks.size());
        figures.put("implicatedVotes", sources.size());
        return java.util.Optional.of(alert(context, Rule.BURST, candidate, "candidate", figures, sources));
    }

    private List<Alert> networks(Context context, List<WatchedVote> votes) {
        IntegrityRules.NetworkConcentration network = rules.network();
        List<Alert> alerts = new ArrayList<>();
        byNetwork(votes).forEach((net, fromNetwork) -> {
            Map<String, List<WatchedVote>> byCandidate = fromNetwork.stream()
                    .collect(Collectors.groupingBy(WatchedVote::candidateId, TreeMap::new, Collectors.toList()));
            byCandidate.forEach((candidate, list) -> {
                double share = list.size() / (double) fromNetwork.size();
                if (list.size() >= network.minVotes() && share >= network.share()) {
                    Map<String, Number> figures = new LinkedHashMap<>();
                    figures.put("votes", list.size());
                    figures.put("networkVotes", fromNetwork.size());
                    figures.put("share", round(share));
                    figures.put("voters", list.stream().map(v -> v.voter().hash()).distinct().count());
                    alerts.add(alert(context, Rule.NETWORK, candidate, net, figures, list));
                }
            });
        });
        return alerts;
    }

    /**
     * Measured over the hour up to the window's end (the trailing summaries and the window), so that a farm
     * spreading its accounts thin over the day stands out as much as one voting all at once; implicates
     * the window's fresh votes for the candidate.
     */
    private java.util.Optional<Alert> freshAccounts(Context context, String candidate, List<WatchedVote> votes,
                                                    List<WindowSummary> trailing) {
        IntegrityRules.FreshAccounts rule = rules.fresh();
        List<WatchedVote> freshVotes = votes.stream().filter(this::fresh).toList();
        if (freshVotes.isEmpty()) {
            return java.util.Optional.empty();
        }
        int hourVotes = votes.size() + trailing.stream().mapToInt(summary -> summary.votes().getOrDefault(candidate, 0)).sum();
        int hourFresh = freshVotes.size() + trailing.stream().mapToInt(summary -> summary.fresh().getOrDefault(candidate, 0)).sum();
        // the baseline leaves the candidate out: a farm working for one candidate for hours would otherwise raise
        // the campaign's fresh share until its own votes no longer stood out
        int othersVotes = trailing.stream().mapToInt(summary -> summary.total() - summary.votes().getOrDefault(candidate, 0)).sum();
        int othersFresh = trailing.stream().mapToInt(summary -> summary.freshTotal() - summary.fresh().getOrDefault(candidate, 0)).sum();
        double baseline = othersVotes == 0 ? 0 : othersFresh / (double) othersVotes;
        double share = hourFresh / (double) hourVotes;
        if (hourFresh < rule.minVotes() || share < Math.max(rule.share(), rule.baselineFactor() * baseline)) {
            return java.util.Optional.empty();
        }
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("votes", votes.size());
        figures.put("freshVotes", freshVotes.size());
        figures.put("hourVotes", hourVotes);
        figures.put("hourFreshVotes", hourFresh);
        figures.put("share", round(share));
        figures.put("baselineShare", round(baseline));
        figures.put("networks", byNetwork(freshVotes).size());
        return java.util.Optional.of(alert(context, Rule.FRESH, candidate, "fresh-accounts", figures, freshVotes));
    }

    private List<Alert> lockstep(Context context, List<WatchedVote> votes) {
        IntegrityRules.Lockstep rule = rules.lockstep();
        Map<String, List<WatchedVote>> byVoter = votes.stream()
                .collect(Collectors.groupingBy(v -> v.voter().hash(), TreeMap::new, Collectors.toList()));
        Map<List<String>, List<WatchedVote>> bySequence = new HashMap<>();
        byVoter.values().forEach(list -> {
            List<WatchedVote> ordered = list.stream()
                    .sorted(Comparator.comparing(WatchedVote::castAt).thenComparing(WatchedVote::candidateId)).toList();
            if (ordered.size() >= rule.sequence()) {
                List<WatchedVote> first = ordered.subList(0, rule.sequence());
                bySequence.computeIfAbsent(first.stream().map(WatchedVote::candidateId).toList(), s -> new ArrayList<>())
                        .addAll(first);
            }
        });
        List<Alert> alerts = new ArrayList<>();
        bySequence.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(List::toString))).forEach(entry -> {
            long voters = entry.getValue().stream().map(v -> v.voter().hash()).distinct().count();
            if (voters >= rule.minVoters()) {
                Map<String, Number> figures = new LinkedHashMap<>();
                figures.put("voters", voters);
                figures.put("sequenceLength", rule.sequence());
                figures.put("networks", byNetwork(entry.getValue()).size());
                alerts.add(alert(context, Rule.LOCKSTEP, entry.getKey().getFirst(), String.join(">", entry.getKey()), figures,
                        entry.getValue()));
            }
        });
        return alerts;
    }

    private static Map<String, List<WatchedVote>> byNetwork(List<WatchedVote> votes) {
        return votes.stream().filter(Predicate.not(v -> v.signals().network().equals("-")))
                .collect(Collectors.groupingBy(v -> v.signals().network(), TreeMap::new, Collectors.toList()));
    }

    private static Alert alert(Context context, Rule rule, String candidate, String subject, Map<String, Number> figures,
                               List<WatchedVote> implicated) {
        List<ImplicatedVote> evidence = implicated.stream().map(ImplicatedVote::of)
                .sorted(Comparator.comparing(ImplicatedVote::castAt).thenComparing(ImplicatedVote::voterId)).toList();
        return new Alert(Alert.idOf(context.campaignId(), rule, candidate, subject, context.window().opensAt()), context.campaignId(),
                rule, candidate, context.window(), subject, figures, evidence, context.now());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
