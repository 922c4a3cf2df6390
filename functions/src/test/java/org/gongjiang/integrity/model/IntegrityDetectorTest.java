package org.gongjiang.integrity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongjiang.campaign.model.IntegrityRules;
import org.gongjiang.voting.model.VoteSignals;
import org.gongjiang.voting.model.VoterId;
import org.junit.jupiter.api.Test;

/** The watch's rules on one window and its trailing hour, as pure logic. */
class IntegrityDetectorTest {

    private static final Instant WINDOW = Instant.parse("2026-11-21T04:00:00Z");
    private static final IntegrityDetector DETECTOR = new IntegrityDetector(IntegrityRules.DEFAULTS);
    private int voters;

    private VoterId newVoter() {
        return new VoterId("%022d".formatted(++voters));
    }

    private static String network(int n) {
        return "net%05d".formatted(n);
    }

    private static VoteSignals signals(String network, String account) {
        return new VoteSignals(network, "client01", account);
    }

    private WatchedVote vote(String candidate, int second, String network, String account) {
        return new WatchedVote("c1", newVoter(), candidate, WINDOW.plusSeconds(second), signals(network, account));
    }

    /** The hour before: {@code perWindow} votes for each candidate in every window, {@code fresh} of them from fresh accounts. */
    private static List<WindowSummary> trailing(Map<String, Integer> perWindow, Map<String, Integer> fresh) {
        List<WindowSummary> summaries = new ArrayList<>();
        for (int w = 1; w <= Windows.TRAILING; w++) {
            summaries.add(new WindowSummary(WINDOW.minus(Windows.LENGTH.multipliedBy(w)), perWindow, fresh));
        }
        return summaries;
    }

    private List<WatchedVote> crowd(String candidate, int count, int firstNetwork) {
        List<WatchedVote> votes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            votes.add(vote(candidate, i, network(firstNetwork + i), "d900"));
        }
        return votes;
    }

    private static List<Alert> of(IntegrityDetector.Result result, Rule rule) {
        return result.alerts().stream().filter(alert -> alert.rule() == rule).toList();
    }

    @Test
    void aBurstFarAboveTheCandidatesOwnLevelImplicatesTheNetworksItCameFromAndNotTheScatteredCrowd() {
        List<WatchedVote> votes = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            votes.add(vote("A", i, network(90 + i % 3), "d400")); // three farm networks, 12 votes each
        }
        List<WatchedVote> honest = crowd("A", 6, 500);
        votes.addAll(honest);
        IntegrityDetector.Result result = DETECTOR.evaluate("c1", WINDOW, votes, trailing(Map.of("A", 5, "B", 5), Map.of()), WINDOW);
        List<Alert> bursts = of(result, Rule.BURST);
        assertEquals(1, bursts.size(), result.alerts().toString());
        Alert burst = bursts.getFirst();
        assertEquals("A", burst.candidateId());
        assertEquals(Rule.Severity.STRONG, burst.severity());
        assertEquals(36, burst.implicated().size());
        Set<String> implicatedVoters = burst.implicated().stream().map(ImplicatedVote::voterId).collect(Collectors.toSet());
        honest.forEach(vote -> assertTrue(!implicatedVoters.contains(vote.voter().hash()), "the scattered crowd is not implicated"));
        assertEquals(42, burst.figures().get("votes").intValue());
        assertEquals(3, burst.figures().get("sourceNetworks").intValue());
    }

    @Test
    void aBurstFromOneSharedNetworkInformsButImplicatesNobody() {
        List<WatchedVote> lunchBreak = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lunchBreak.add(vote("F", i, "factory1", "d1200"));
        }
        IntegrityDetector.Result result = DETECTOR.evaluate("c1", WINDOW, lunchBreak, trailing(Map.of("F", 5), Map.of()), WINDOW);
        Alert burst = of(result, Rule.BURST).getFirst();
        assertEquals(List.of(), burst.implicated());
        assertEquals(1, burst.figures().get("sourceNetworks").intValue());
        assertEquals(Rule.Severity.REVIEW, of(result, Rule.NETWORK).getFirst().severity());
    }

    @Test
    void aCandidateRisingWithItsCrowdBelowTheFloorOrTheFactorRaisesNoBurst() {
        List<WatchedVote> belowFloor = new ArrayList<>(crowd("A", 29, 0));
        assertEquals(List.of(), of(DETECTOR.evaluate("c1", WINDOW, belowFloor, trailing(Map.of("A", 1), Map.of()), WINDOW), Rule.BURST));
        List<WatchedVote> rising = new ArrayList<>(crowd("A", 45, 0));
        assertEquals(List.of(), of(DETECTOR.evaluate("c1", WINDOW, rising, trailing(Map.of("A", 12), Map.of()), WINDOW), Rule.BURST),
                "45 votes against a level of 12 is less than four times it");
        assertEquals(List.of(), of(DETECTOR.evaluate("c1", WINDOW, rising, List.of(), WINDOW), Rule.BURST),
                "without an hour before to measure against, nothing is a burst");
    }

    @Test
    void aSharedNetworkVotingForItsOwnOnlyAsksForAReview() {
        List<WatchedVote> factory = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            factory.add(vote("F", i, "factory1", "d1200"));
        }
        IntegrityDetector.Result result = DETECTOR.evaluate("c1", WINDOW, factory, trailing(Map.of("F", 20), Map.of()), WINDOW);
        List<Alert> networks = of(result, Rule.NETWORK);
        assertEquals(1, networks.size());
        assertEquals(Rule.Severity.REVIEW, networks.getFirst().severity());
        assertEquals("factory1", networks.getFirst().subject());
        assertEquals(List.of(), result.alerts().stream().filter(alert -> alert.severity() == Rule.Severity.STRONG).toList(),
                "its level is its own: no burst, no other strong alert");
    }

    @Test
    void freshAccountsSpreadThinOverTheHourStandOutAndOnlyTheWindowsFreshVotesAreImplicated() {
        List<WatchedVote> votes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            votes.add(vote("Y", i, network(700 + i), "d1"));
        }
        List<WatchedVote> agedSupporters = crowd("Y", 3, 800);
        votes.addAll(agedSupporters);
        // four fresh votes a window for an hour: never ten in one window, fifty-two in the hour
        IntegrityDetector.Result result = DETECTOR.evaluate("c1", WINDOW, votes,
                trailing(Map.of("Y", 7, "Z", 40), Map.of("Y", 4, "Z", 1)), WINDOW);
        List<Alert> fresh = of(result, Rule.FRESH);
        assertEquals(1, fresh.size(), result.alerts().toString());
        assertEquals(4, fresh.getFirst().implicated().size());
        assertEquals(52, fresh.getFirst().figures().get("hourFreshVotes").intValue());
    }

    @Test
    void theCandidatesOwnFarmDoesNotRaiseTheBaselineItIsMeasuredAgainst() {
        List<WatchedVote> votes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            votes.add(vote("Y", i, network(700 + i), "d2"));
        }
        // an hour in which Y's farm made nearly all the campaign's fresh votes: 37% of all votes, but 1% of the others'
        // (measured against all votes, five times the baseline would be more than every vote)
        IntegrityDetector.Result result = DETECTOR.evaluate("c1", WINDOW, votes,
                trailing(Map.of("Y", 60, "Z", 100), Map.of("Y", 58, "Z", 1)), WINDOW);
        assertEquals(1, of(result, Rule.FRESH).size());
    }

    @Test
    void honestFreshAccountsAmongAPopularCandidatesVotesRaiseNothing() {
        List<WatchedVote> votes = new ArrayList<>(crowd("A", 40, 0));
        votes.add(vote("A", 50, network(999), "d3"));
        IntegrityDetector.Result result = DETECTOR.evaluate("c1", WINDOW, votes, trailing(Map.of("A", 40), Map.of("A", 1)), WINDOW);
        assertEquals(List.of(), of(result, Rule.FRESH));
    }

    @Test
    void manyVotersCastingTheSameCandidatesInTheSameOrderAreInLockstep() {
        List<WatchedVote> votes = new ArrayList<>();
        for (int v = 0; v < 20; v++) {
            VoterId voter = newVoter();
            List<String> sequence = List.of("P", "Q", "R", "S");
            for (int k = 0; k < sequence.size(); k++) {
                votes.add(new WatchedVote("c1", voter, sequence.get(k), WINDOW.plusSeconds(10 * v + k), signals(network(v), "d300")));
            }
        }
        IntegrityDetector.Result result = DETECTOR.evaluate("c1", WINDOW, votes, List.of(), WINDOW);
        List<Alert> lockstep = of(result, Rule.LOCKSTEP);
        assertEquals(1, lockstep.size());
        assertEquals("P>Q>R", lockstep.getFirst().subject());
        assertEquals(60, lockstep.getFirst().implicated().size(), "each voter's first three votes");
    }

    @Test
    void anHonestCrowdOfManyNetworksAndSkewedTastesRaisesNoStrongAlert() {
        Random random = new Random(3);
        List<String> candidates = List.of("A", "B", "C", "D", "E", "F", "G", "H");
        List<WatchedVote> votes = new ArrayList<>();
        for (int v = 0; v < 150; v++) {
            VoterId voter = newVoter();
            String network = network(random.nextInt(400));
            String account = random.nextDouble() < 0.02 ? "d2" : "d" + (100 + random.nextInt(2000));
            List<String> shuffled = new ArrayList<>(candidates);
            java.util.Collections.shuffle(shuffled, random);
            for (int k = 0; k < 1 + random.nextInt(5); k++) {
                votes.add(new WatchedVote("c1", voter, shuffled.get(k), WINDOW.plusSeconds(random.nextInt(300)), signals(network, account)));
            }
        }
        Map<String, Integer> level = new HashMap<>();
        votes.forEach(vote -> level.merge(vote.candidateId(), 1, Integer::sum));
        IntegrityDetector.Result result = DETECTOR.evaluate("c1", WINDOW, votes, trailing(level, Map.of()), WINDOW);
        assertEquals(List.of(), result.alerts().stream().filter(alert -> alert.severity() == Rule.Severity.STRONG).toList());
    }

    @Test
    void theSameVotesAndHistoryAlwaysGiveTheSameAlertsWithTheSameIds() {
        List<WatchedVote> votes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            votes.add(vote("A", i, network(i % 2), "d400"));
        }
        List<WindowSummary> history = trailing(Map.of("A", 2, "B", 3), Map.of());
        IntegrityDetector.Result first = DETECTOR.evaluate("c1", WINDOW, votes, history, WINDOW);
        List<WatchedVote> redelivered = new ArrayList<>(votes);
        java.util.Collections.reverse(redelivered);
        IntegrityDetector.Result again = DETECTOR.evaluate("c1", WINDOW, redelivered, history, WINDOW.plus(Duration.ofHours(1)));
        assertTrue(!first.alerts().isEmpty());
        assertEquals(first.alerts().stream().map(Alert::alertId).sorted().toList(), again.alerts().stream().map(Alert::alertId).sorted().toList());
        assertEquals(first.summary(), again.summary());
    }

    @Test
    void aRuleTheCampaignTurnedOffRaisesNothing() {
        IntegrityRules defaults = IntegrityRules.DEFAULTS;
        IntegrityRules noNetworkRule = new IntegrityRules(Optional.empty(), defaults.freshAccountDays(), defaults.unverifiedLevels(),
                defaults.fourEyesAbove(), defaults.burst(), new IntegrityRules.NetworkConcentration(false, 20, 0.9), defaults.fresh(),
                defaults.lockstep(), defaults.escalation());
        List<WatchedVote> factory = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            factory.add(vote("F", i, "factory1", "d1200"));
        }
        assertEquals(List.of(), new IntegrityDetector(noNetworkRule).evaluate("c1", WINDOW, factory, List.of(), WINDOW).alerts());
    }
}
