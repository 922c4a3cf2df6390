package org.gongjiang.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongjiang.acceptance.support.ApiSession;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.campaign.model.IntegrityRules;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.testing.CampaignTestbed;
import org.gongjiang.voting.dynamodb.VoteCounterKeys;
import org.gongjiang.voting.model.BallotEntry;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Votes, voids (some waiting for a second auditor, some overlapping) and restorations in random order,
 * through the local stack: afterwards every counter (candidate totals, voided totals, each day's votes,
 * voters and candidates, each hour's votes) equals a recount of the ballots, and the ballots' voided
 * votes are exactly those the auditors' actions left voided.
 */
class VoidsAndRestorationsIT {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH'Z'").withZone(ZoneOffset.UTC);

    private record Cast(String subject, String candidateId) {
    }

    @Property(tries = 4)
    void everyCounterEqualsARecountOfTheValidVotesWhateverTheAuditorsDid(@ForAll long seed) throws Exception {
        LocalDeployment stack = SharedDeployment.get();
        Http http = new Http(stack.url());
        ApiSession session = new ApiSession(http);
        Random random = new Random(seed);
        IntegrityRules defaults = IntegrityRules.DEFAULTS;
        int fourEyesAbove = 1 + random.nextInt(4);
        CampaignTestbed campaign = CampaignTestbed.create(stack.dynamo().client(), "voids", Instant.now().minus(Duration.ofDays(1)), 6, 6,
                new IntegrityRules(Optional.empty(), defaults.freshAccountDays(), defaults.unverifiedLevels(), fourEyesAbove,
                        defaults.burst(), defaults.network(), defaults.fresh(), defaults.lockstep(), defaults.escalation()),
                Clock.systemUTC());
        String base = "/v1/campaigns/" + campaign.campaignId;

        List<Cast> casts = new ArrayList<>();
        int voters = 8 + random.nextInt(16);
        for (int v = 0; v < voters; v++) {
            String subject = "wx-" + campaign.campaignId + "-" + v;
            String token = session.token(subject, "");
            List<Integer> order = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
            java.util.Collections.shuffle(order, random);
            for (int k = 0; k < 1 + random.nextInt(6); k++) {
                ApiSession.expect(201, session.send("POST", base + "/votes", "{\"candidateId\":\"" + campaign.candidate(order.get(k)) + "\"}",
                        token));
                casts.add(new Cast(subject, campaign.candidate(order.get(k))));
            }
        }

        // the model: which void each vote is voided by, if any
        Map<Cast, String> voidedBy = new HashMap<>();
        List<String> applied = new ArrayList<>();
        String first = session.token("auditor-prop-1", "auditor");
        String second = session.token("auditor-prop-2", "auditor");
        String from = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString();
        String to = Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, List<Cast>> scopes = new HashMap<>();
        for (int step = 0; step < 3 + random.nextInt(5); step++) {
            if (!applied.isEmpty() && random.nextInt(3) == 0) {
                String voidId = applied.remove(random.nextInt(applied.size()));
                ApiSession.expect(200, session.send("POST", base + "/integrity/voids/" + voidId + "/restoration",
                        "{\"reason\":\"复核后恢复。\"}", second));
                voidedBy.values().removeIf(voidId::equals);
                continue;
            }
            String candidate = campaign.candidate(1 + random.nextInt(6));
            List<String> subjects = new ArrayList<>();
            for (int v = 0; v < voters; v++) {
                if (random.nextInt(3) == 0) {
                    subjects.add("wx-" + campaign.campaignId + "-" + v);
                }
            }
            if (subjects.isEmpty()) {
                subjects.add("wx-" + campaign.campaignId + "-0");
            }
            List<Cast> inScope = casts.stream().filter(c -> c.candidateId().equals(candidate) && subjects.contains(c.subject())
                    && !voidedBy.containsKey(c)).toList();
            String ids = String.join("\",\"", subjects.stream().map(stack::voterIdOf).toList());
            Http.Response answer = session.send("POST", base + "/integrity/voids", "{\"candidateId\":\"" + candidate + "\",\"voters\":[\""
                    + ids + "\"],\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"reason\":\"抽查。\"}", first);
            if (inScope.isEmpty()) {
                assertEquals(409, answer.status(), answer.body());
                continue;
            }
            JsonNode requested = ApiSession.expect(201, answer);
            assertEquals(inScope.size(), requested.path("votes").asInt());
            String voidId = requested.path("voidId").asText();
            boolean pending = requested.path("status").asText().equals("pending-confirmation");
            assertEquals(inScope.size() > fourEyesAbove, pending, requested.toString());
            if (pending && random.nextBoolean()) {
                continue; // left waiting: it changes nothing
            }
            if (pending) {
                ApiSession.expect(200, session.send("POST", base + "/integrity/voids/" + voidId + "/confirmation", null, second));
            }
            inScope.forEach(c -> voidedBy.put(c, voidId));
            applied.add(voidId);
            scopes.put(voidId, inScope);
        }
        assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(60)));

        // the ballots say exactly what the model says
        Map<String, Map<String, Long>> recount = new TreeMap<>();
        Set<Cast> voidedInBallots = new HashSet<>();
        Map<String, String> subjectOfVoter = new HashMap<>();
        for (int v = 0; v < voters; v++) {
            subjectOfVoter.put(stack.voterIdOf("wx-" + campaign.campaignId + "-" + v), "wx-" + campaign.campaignId + "-" + v);
        }
        Map<String, Long> voided = new TreeMap<>();
        for (Map<String, AttributeValue> ballot : stack.dynamo().client().scanPaginator(b -> b.tableName("VotesTable")
                .filterExpression("begins_with(ballotId, :c)")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(campaign.campaignId + "#")))).items()) {
            String[] key = ballot.get("ballotId").s().split("#");
            LocalDate day = LocalDate.parse(key[1]);
            int valid = 0;
            for (Map.Entry<String, AttributeValue> attribute : ballot.entrySet()) {
                if (!attribute.getKey().startsWith("c:")) {
                    continue;
                }
                String candidate = attribute.getKey().substring(2);
                if (ballot.containsKey("v:" + candidate)) {
                    voidedInBallots.add(new Cast(subjectOfVoter.get(key[2]), candidate));
                    voided.merge("x:" + candidate, 1L, Long::sum);
                    continue;
                }
                valid++;
                Instant castAt = BallotEntry.decode(attribute.getValue().s()).orElseThrow().castAt();
                recount.computeIfAbsent("total", k -> new TreeMap<>()).merge("votes", 1L, Long::sum);
                recount.get("total").merge("c:" + candidate, 1L, Long::sum);
                Map<String, Long> dayCounters = recount.computeIfAbsent("day#" + day, k -> new TreeMap<>());
                dayCounters.merge("votes", 1L, Long::sum);
                dayCounters.merge("c:" + candidate, 1L, Long::sum);
                recount.computeIfAbsent("hour#" + HOUR.format(castAt.truncatedTo(ChronoUnit.HOURS)), k -> new TreeMap<>())
                        .merge("votes", 1L, Long::sum);
            }
            if (valid > 0) {
                recount.computeIfAbsent("day#" + day, k -> new TreeMap<>()).merge("voters", 1L, Long::sum);
            }
        }
        assertEquals(voidedBy.keySet(), voidedInBallots, "the ballots' voided votes are those the auditors left voided");
        recount.computeIfAbsent("total", k -> new TreeMap<>()).putAll(voided);

        // each counter as a read sees it: its slots (one per stream shard) summed
        Map<String, Map<String, Long>> counters = new TreeMap<>();
        stack.dynamo().client().queryPaginator(b -> b.tableName("CountersTable").keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("campaign#" + campaign.campaignId)))).items()
                .forEach(item -> {
                    String sortKey = item.get("sk").s();
                    if (!VoteCounterKeys.isVoteCounter(sortKey)) {
                        return;
                    }
                    Map<String, Long> numbers = counters.computeIfAbsent(VoteCounterKeys.counterOf(sortKey), k -> new TreeMap<>());
                    item.forEach((name, value) -> {
                        if (value.n() != null && !name.equals("expiresAt")) {
                            numbers.merge(name, Long.parseLong(value.n()), Long::sum);
                        }
                    });
                });
        counters.values().forEach(numbers -> numbers.values().removeIf(count -> count == 0));
        counters.values().removeIf(Map::isEmpty);
        assertEquals(recount, counters, "seed " + seed + ", scopes " + scopes);

        JsonNode stats = ApiSession.expect(200, http.get(base + "/stats/votes"));
        for (JsonNode row : stats.path("candidates")) {
            String candidate = row.path("candidateId").asText();
            assertEquals(recount.get("total").getOrDefault("c:" + candidate, 0L), row.path("votes").asLong(), candidate);
            assertEquals(voided.getOrDefault("x:" + candidate, 0L), row.path("voided").asLong(), candidate);
        }
    }
}
