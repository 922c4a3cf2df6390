package org.gongjiang.integrity.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.TimeWindowEventResponse;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.gongjiang.integrity.application.IntegrityDetection;
import org.gongjiang.integrity.application.IntegrityStore;
import org.gongjiang.integrity.application.VoteWatch;
import org.gongjiang.integrity.application.WatchLog;
import org.gongjiang.integrity.dynamodb.DynamoIntegrityStore;
import org.gongjiang.integrity.dynamodb.DynamoWatchLog;
import org.gongjiang.integrity.model.Alert;
import org.gongjiang.integrity.model.Rule;
import org.gongjiang.integrity.model.WatchDelta;
import org.gongjiang.integrity.model.WatchedVote;
import org.gongjiang.platform.stream.CommitLimits;
import org.gongjiang.platform.stream.StreamPosition;
import org.gongjiang.testing.CampaignTestbed;
import org.gongjiang.testing.MutableClock;
import org.gongjiang.testing.StreamBatches;
import org.gongjiang.testing.StreamBatches.StreamRecord;
import org.gongjiang.testing.TestDynamo;
import org.gongjiang.voting.model.VoteSignals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The watch on DynamoDB Local: the votes stream folded into the log and the windows evaluated, each of
 * the four rules raising its alert once whatever the stream redelivers, wherever a run crashes, and
 * however late votes come.
 */
class IntegrityWatchIT {

    private static final Instant OPENS = Instant.parse("2026-11-21T00:00:00Z");
    /** The window the attacks come in, after an hour of ordinary votes. */
    private static final Instant ATTACK = OPENS.plus(Duration.ofHours(1));
    private static final Duration SETTLE = Duration.ofMinutes(2);

    private MutableClock clock;
    private CampaignTestbed testbed;
    private DynamoWatchLog log;
    private DynamoIntegrityStore store;
    private String shard;
    private int voters;
    private long sequence;
    private final Map<String, Integer> votesOfVoter = new HashMap<>();

    @BeforeEach
    void newCampaign() {
        clock = new MutableClock(OPENS);
        testbed = CampaignTestbed.create("watch", OPENS, 10, 8, clock);
        log = new DynamoWatchLog(TestDynamo.client(), TestDynamo.INTEGRITY, SETTLE, clock, campaignId -> OPENS.plus(Duration.ofDays(400)));
        store = new DynamoIntegrityStore(TestDynamo.client(), TestDynamo.INTEGRITY);
        shard = StreamBatches.newShard();
    }

    private String newVoter() {
        return "%s%08d".formatted(testbed.campaignId.replaceAll("[^A-Za-z0-9]", "").substring(0, 6), ++voters)
                + "X".repeat(22 - 14);
    }

    private StreamRecord vote(String voter, String candidate, Instant castAt, String network, String account) {
        int n = votesOfVoter.merge(voter, 1, Integer::sum);
        return new StreamRecord(StreamBatches.sequenceNumber(++sequence), testbed.campaignId, voter, LocalDate.ofInstant(castAt,
                CampaignTestbed.SHANGHAI), n, candidate, castAt, false, new VoteSignals(network, "client01", account));
    }

    private static String network(int n) {
        return "net%05d".formatted(n);
    }

    /** An hour of ordinary votes (five a window for each finalist, each from its own voter and network), then the attacks. */
    private List<StreamRecord> anHourThenFourAttacks() {
        List<StreamRecord> records = new ArrayList<>();
        int networks = 0;
        for (Instant window = OPENS; window.isBefore(ATTACK.plus(Duration.ofMinutes(5))); window = window.plus(Duration.ofMinutes(5))) {
            for (int c = 1; c <= 8; c++) {
                for (int k = 0; k < 5; k++) {
                    records.add(vote(newVoter(), testbed.candidate(c), window.plusSeconds(7 * k + c), network(++networks), "d900"));
                }
            }
        }
        // a click farm: 36 votes for c-01 from three networks
        for (int i = 0; i < 36; i++) {
            records.add(vote(newVoter(), testbed.candidate(1), ATTACK.plusSeconds(60 + i), "farm000" + (i % 3), "d400"));
        }
        // a factory voting for its own colleague: 22 votes from one network
        for (int i = 0; i < 22; i++) {
            records.add(vote(newVoter(), testbed.candidate(2), ATTACK.plusSeconds(90 + i), "factoryA", "d1500"));
        }
        // a SIM farm: 20 votes for c-03 from accounts opened yesterday, each on its own network
        for (int i = 0; i < 20; i++) {
            records.add(vote(newVoter(), testbed.candidate(3), ATTACK.plusSeconds(120 + i), network(5000 + i), "d1"));
        }
        // a script: 20 accounts voting c-04, c-05, c-06 in that order
        for (int v = 0; v < 20; v++) {
            String voter = newVoter();
            for (int k = 0; k < 3; k++) {
                records.add(vote(voter, testbed.candidate(4 + k), ATTACK.plusSeconds(150 + 3 * v + k), network(6000 + v), "d250"));
            }
        }
        return records;
    }

    private WatchVotesHandler watcher(WatchLog watchLog) {
        return new WatchVotesHandler(new VoteWatch(watchLog, clock));
    }

    private TimeWindowEventResponse deliver(WatchVotesHandler handler, List<StreamRecord> records) {
        return handler.handleRequest(StreamBatches.event(shard, records), null);
    }

    private DetectIntegrityHandler detector(IntegrityStore integrityStore) {
        return new DetectIntegrityHandler(new IntegrityDetection(testbed.campaigns(), log, integrityStore, SETTLE, clock));
    }

    @SuppressWarnings("unchecked")
    private int raisedNow(IntegrityStore integrityStore) {
        Map<String, Object> result = detector(integrityStore).handleRequest(Map.of(), null);
        return ((Map<String, Integer>) result.get("alertsRaised")).getOrDefault(testbed.campaignId, 0);
    }

    private Map<Rule, List<Alert>> alertsByRule() {
        return store.alerts(testbed.campaignId).stream().collect(Collectors.groupingBy(Alert::rule, TreeMap::new, Collectors.toList()));
    }

    private void afterTheAttackWindowSettled() {
        clock.set(ATTACK.plus(Duration.ofMinutes(5)).plus(SETTLE).plusSeconds(1));
    }

    private void assertTheFourAlertsOnce() {
        Map<Rule, List<Alert>> alerts = alertsByRule();
        assertEquals(List.of(Rule.BURST, Rule.NETWORK, Rule.FRESH, Rule.LOCKSTEP), List.copyOf(alerts.keySet()), alerts.toString());
        alerts.values().forEach(list -> assertEquals(1, list.size(), list.toString()));
        assertEquals(testbed.candidate(1), alerts.get(Rule.BURST).getFirst().candidateId());
        assertEquals(36, alerts.get(Rule.BURST).getFirst().implicated().size());
        assertEquals("factoryA", alerts.get(Rule.NETWORK).getFirst().subject());
        assertEquals(20, alerts.get(Rule.FRESH).getFirst().implicated().size());
        assertEquals(String.join(">", testbed.candidate(4), testbed.candidate(5), testbed.candidate(6)),
                alerts.get(Rule.LOCKSTEP).getFirst().subject());
        assertEquals(60, alerts.get(Rule.LOCKSTEP).getFirst().implicated().size());
        alerts.values().forEach(list -> assertEquals(ATTACK, list.getFirst().window().opensAt()));
    }

    @Test
    void eachRuleRaisesItsAlertOnceHoweverTheStreamRedeliversAndTheDetectionRunsAgain() {
        List<StreamRecord> records = anHourThenFourAttacks();
        WatchVotesHandler watch = watcher(log);
        int third = records.size() / 3;
        deliver(watch, StreamBatches.slice(records, 0, third));
        deliver(watch, StreamBatches.slice(records, third, 2 * third));
        deliver(watch, StreamBatches.slice(records, third, 2 * third)); // redelivered
        deliver(watch, StreamBatches.slice(records, 2 * third, records.size()));
        deliver(watch, records); // the whole shard again
        assertEquals(records.size(), countLogged(), "every vote logged once");

        clock.set(ATTACK); // the attack window is not over: nothing about it yet
        assertEquals(0, raisedNow(store));
        afterTheAttackWindowSettled();
        assertEquals(4, raisedNow(store));
        assertTheFourAlertsOnce();
        assertEquals(0, raisedNow(store), "a second run finds nothing new");
        assertTheFourAlertsOnce();
    }

    @Test
    void aWatchThatCrashesMidBatchLogsEveryVoteOnceWhenTheBatchComesAgain() {
        List<StreamRecord> records = anHourThenFourAttacks();
        AtomicInteger commits = new AtomicInteger();
        WatchLog smallCommitsThenCrash = smallCommits(log, commits, 2);
        TimeWindowEventResponse crashed = deliver(watcher(smallCommitsThenCrash), records);
        assertEquals(1, crashed.getBatchItemFailures().size(), "the batch says where the watch stopped");
        String resumeAt = crashed.getBatchItemFailures().getFirst().getItemIdentifier();
        int from = 0;
        while (!records.get(from).sequenceNumber().equals(resumeAt)) {
            from++;
        }
        assertTrue(from > 0, "a commit landed before the crash");
        // Lambda retries from the failed record: the commit that landed before the crash is not logged twice
        assertEquals(0, deliver(watcher(log), StreamBatches.slice(records, from, records.size())).getBatchItemFailures().size());
        assertEquals(records.size(), countLogged());
        afterTheAttackWindowSettled();
        assertEquals(4, raisedNow(store));
        assertTheFourAlertsOnce();
    }

    @Test
    void aWatchThatDiesBetweenWritingTheLogAndMovingItsCheckpointStillGivesEachVoteOnce() {
        List<StreamRecord> records = anHourThenFourAttacks();
        AtomicInteger checkpointMoves = new AtomicInteger();
        DynamoDbClient diesBeforeTheSecondCheckpoint = (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("updateItem") && checkpointMoves.incrementAndGet() == 2) {
                        throw new IllegalStateException("simulated crash: the log items are written, the checkpoint is not");
                    }
                    try {
                        return method.invoke(TestDynamo.client(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        WatchLog dying = smallCommits(new DynamoWatchLog(diesBeforeTheSecondCheckpoint, TestDynamo.INTEGRITY, SETTLE, clock,
                campaignId -> OPENS.plus(Duration.ofDays(400))), new AtomicInteger(), 0);
        TimeWindowEventResponse crashed = deliver(watcher(dying), records);
        assertEquals(1, crashed.getBatchItemFailures().size());
        String resumeAt = crashed.getBatchItemFailures().getFirst().getItemIdentifier();
        int from = 0;
        while (!records.get(from).sequenceNumber().equals(resumeAt)) {
            from++;
        }
        // the retry writes the crashed chunk's votes again, under other log keys: the window still reads each once
        assertEquals(0, deliver(watcher(log), StreamBatches.slice(records, from, records.size())).getBatchItemFailures().size());
        assertEquals(records.size(), countLogged());
        afterTheAttackWindowSettled();
        assertEquals(4, raisedNow(store));
        assertTheFourAlertsOnce();
    }

    @Test
    void aDetectionThatCrashesBeforeItsCursorMovesRaisesNothingTwice() {
        List<StreamRecord> records = anHourThenFourAttacks();
        deliver(watcher(log), records);
        afterTheAttackWindowSettled();
        IntegrityStore crashingAfterTheAlerts = (IntegrityStore) Proxy.newProxyInstance(IntegrityStore.class.getClassLoader(),
                new Class<?>[] {IntegrityStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setNextWindow") && testbed.campaignId.equals(args[0])
                            && ATTACK.plus(Duration.ofMinutes(5)).equals(args[1])) {
                        throw new IllegalStateException("simulated crash before the cursor moves past the attack");
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        assertThrows(IllegalStateException.class, () -> detector(crashingAfterTheAlerts).handleRequest(Map.of(), null));
        assertEquals(4, alertsByRule().values().stream().mapToInt(List::size).sum(), "the alerts were raised before the crash");
        assertEquals(0, raisedNow(store), "the rerun evaluates the window again and finds the same four");
        assertTheFourAlertsOnce();
    }

    @Test
    void lateVotesReopenTheirWindowAndJoinTheSameAlert() {
        List<StreamRecord> records = anHourThenFourAttacks();
        deliver(watcher(log), records);
        afterTheAttackWindowSettled();
        assertEquals(4, raisedNow(store));
        String burstId = alertsByRule().get(Rule.BURST).getFirst().alertId();

        // twelve more farm votes cast in the attack window reach the watch only now (a lagging shard)
        List<StreamRecord> late = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            late.add(vote(newVoter(), testbed.candidate(1), ATTACK.plusSeconds(200 + i), "farm000" + (i % 3), "d400"));
        }
        clock.advance(Duration.ofMinutes(3));
        deliver(watcher(log), late);
        assertEquals(List.of(ATTACK), log.lateWindows(testbed.campaignId));
        assertEquals(0, raisedNow(store), "the window is evaluated again: the same alerts");
        Alert burst = alertsByRule().get(Rule.BURST).getFirst();
        assertEquals(burstId, burst.alertId());
        assertEquals(48, burst.implicated().size(), "the late votes are in its evidence");
        assertEquals(List.of(), log.lateWindows(testbed.campaignId));
        assertEquals(4, alertsByRule().values().stream().mapToInt(List::size).sum());
    }

    @Test
    void theLogKeepsNoAddressNoAgentAndNoLoginOnlyKeyedHashesAndPseudonyms() {
        deliver(watcher(log), anHourThenFourAttacks());
        for (Map<String, AttributeValue> item : TestDynamo.itemsWithPrefix(TestDynamo.INTEGRITY, "pk", "log#" + testbed.campaignId)) {
            assertTrue(item.keySet().stream().allMatch(name -> List.of("pk", "sk", "v", "c", "l", "expiresAt").contains(name)), item.toString());
            assertTrue(item.get("expiresAt") != null, "the log expires with the personal data");
        }
    }

    private int countLogged() {
        int count = 0;
        for (Instant window = OPENS; window.isBefore(ATTACK.plus(Duration.ofMinutes(10))); window = window.plus(Duration.ofMinutes(5))) {
            count += log.window(testbed.campaignId, window).size();
        }
        return count;
    }

    /**
     * {@code delegate} with small commits; the commit numbered {@code failAt} (none for 0) writes, then the
     * invocation dies before it hears so.
     */
    private static WatchLog smallCommits(WatchLog log, AtomicInteger commits, int failAt) {
        return new WatchLog() {
            @Override
            public CommitLimits commitLimits() {
                return new CommitLimits(3, 200);
            }

            @Override
            public List<WatchedVote> window(String campaignId, Instant windowStart) {
                return log.window(campaignId, windowStart);
            }

            @Override
            public List<Instant> lateWindows(String campaignId) {
                return log.lateWindows(campaignId);
            }

            @Override
            public void clearLate(String campaignId, Instant windowStart) {
                log.clearLate(campaignId, windowStart);
            }

            @Override
            public Optional<StreamPosition> checkpoint(String lane) {
                return log.checkpoint(lane);
            }

            @Override
            public boolean commit(String lane, Optional<StreamPosition> expected, StreamPosition next, WatchDelta delta, Instant now) {
                if (commits.incrementAndGet() == failAt) {
                    log.commit(lane, expected, next, delta, now);
                    throw new IllegalStateException("simulated crash after the commit landed");
                }
                return log.commit(lane, expected, next, delta, now);
            }
        };
    }
}
