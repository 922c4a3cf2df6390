package org.gongjiang.acceptance;

import static org.gongjiang.acceptance.support.ApiSession.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.acceptance.support.ApiSession;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.campaign.model.IntegrityRules;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.testing.CampaignTestbed;
import org.gongjiang.testing.ProblemAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The vote's integrity as voters, auditors and journalists meet it, over HTTP on the local stack: what
 * a vote keeps of its origin, four eyes, separation of duties, suspensions, receipts and the published
 * voids. (Counters under random voids and restorations: {@link VoidsAndRestorationsIT}.)
 */
class VoteIntegrityIT {

    private static LocalDeployment stack;
    private static Http http;
    private static ApiSession session;

    private CampaignTestbed campaign;
    private String base;

    @BeforeAll
    static void start() {
        stack = SharedDeployment.get();
        http = new Http(stack.url());
        session = new ApiSession(http);
    }

    @BeforeEach
    void newCampaign() {
        IntegrityRules defaults = IntegrityRules.DEFAULTS;
        IntegrityRules fourEyesAboveThree = new IntegrityRules(Optional.of("account_created_at"), defaults.freshAccountDays(),
                defaults.unverifiedLevels(), 3, defaults.burst(), defaults.network(), defaults.fresh(), defaults.lockstep(),
                defaults.escalation());
        campaign = CampaignTestbed.create(stack.dynamo().client(), "integrity", Instant.now().minus(Duration.ofDays(1)), 6, 6,
                fourEyesAboveThree, Clock.systemUTC());
        base = "/v1/campaigns/" + campaign.campaignId;
    }

    @AfterEach
    void clockBackToNow() {
        session.clockBackToNow();
    }

    private String voter(String subject) {
        return session.token(subject, "");
    }

    private JsonNode vote(String token, int candidate, String... headers) {
        return expect(201, session.send("POST", base + "/votes", "{\"candidateId\":\"" + campaign.candidate(candidate) + "\"}", token,
                headers));
    }

    private static String window() {
        return "\"from\":\"" + Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS) + "\",\"to\":\""
                + Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS) + "\"";
    }

    private Http.Response voidVoters(String auditor, int candidate, List<String> subjects) {
        String voters = String.join("\",\"", subjects.stream().map(stack::voterIdOf).toList());
        return session.send("POST", base + "/integrity/voids", "{\"candidateId\":\"" + campaign.candidate(candidate)
                + "\",\"voters\":[\"" + voters + "\"]," + window() + ",\"reason\":\"经核查为异常投票。\"}", auditor);
    }

    private JsonNode votesOf(int candidate) {
        JsonNode stats = expect(200, http.get(base + "/stats/votes"));
        for (JsonNode row : stats.path("candidates")) {
            if (row.path("candidateId").asText().equals(campaign.candidate(candidate))) {
                return row;
            }
        }
        throw new AssertionError("no row for candidate " + candidate + ": " + stats);
    }

    private void awaitStreams() throws InterruptedException {
        assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(60)));
    }

    @Test
    void aVoteKeepsItsOriginOnlyAsKeyedHashesThatNoAnswerAndNoLogShows() throws Exception {
        String marker = "probe-agent-" + Long.toString(System.nanoTime(), 36);
        String subject = "wx-" + marker;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(new PrintStream(tee(out, logs), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(tee(err, logs), true, StandardCharsets.UTF_8));
        StringBuilder answers = new StringBuilder();
        try {
            String token = voter(subject);
            JsonNode cast = vote(token, 1, "User-Agent", "Mozilla/5.0 (" + marker + ") MicroMessenger/8.0.50");
            answers.append(cast);
            answers.append(expect(200, session.send("GET", base + "/votes/mine", null, token)));
            answers.append(expect(200, http.get(base + "/receipts/" + cast.path("receipt").asText())));
            awaitStreams();
            session.advance("PT10M");
            expect(200, http.post("/local/schedules/run", ""));
            String auditor = session.token("auditor-privacy", "auditor");
            answers.append(expect(200, session.send("GET", base + "/integrity/alerts", null, auditor)));
            answers.append(expect(200, http.get(base + "/stats/votes")));
            answers.append(expect(200, http.get(base + "/stats/integrity")));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String voterId = stack.voterIdOf(subject);
        List<String> secrets = List.of(marker, subject, "127.0.0.1", "127.0.0.0/24", "MicroMessenger");
        for (String secret : secrets) {
            assertFalse(answers.toString().contains(secret), secret + " in an answer");
            assertFalse(logs.toString(StandardCharsets.UTF_8).contains(secret), secret + " in the functions' logs");
        }
        assertFalse(answers.toString().contains(voterId), "not even the pseudonymous voter id is answered to the voter or the public");

        // in the tables: the ballot's entry and the watch's log hold hashes (the network's and the agent's) and a day count
        Map<String, AttributeValue> ballot = stack.dynamo().client().getItem(b -> b.tableName("VotesTable").key(Map.of("ballotId",
                AttributeValue.fromS(campaign.campaignId + "#" + campaign.campaign.votingDay(Instant.now()) + "#" + voterId)))).item();
        String entry = ballot.get("c:" + campaign.candidate(1)).s();
        assertTrue(entry.matches("[0-9A-Za-z]+\\.[A-Za-z0-9_-]{8}\\.[A-Za-z0-9_-]{8}\\.s0"), entry);
        StringBuilder stored = new StringBuilder(ballot.toString());
        stack.dynamo().client().scanPaginator(b -> b.tableName("IntegrityTable")).items().forEach(item -> {
            if (item.get("pk").s().contains(campaign.campaignId)) {
                stored.append(item);
                // the log is binary: read as Latin-1, any address or agent text in it would show as itself
                Optional.ofNullable(item.get("v")).map(AttributeValue::b)
                        .map(bytes -> new String(bytes.asByteArray(), StandardCharsets.ISO_8859_1)).ifPresent(stored::append);
            }
        });
        assertTrue(stored.toString().contains("log#" + campaign.campaignId), "the vote is in the watch's log");
        for (String secret : secrets) {
            assertFalse(stored.toString().contains(secret), secret + " stored");
        }
    }

    private static OutputStream tee(OutputStream first, OutputStream second) {
        return new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                first.write(b);
                second.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
                first.write(bytes, offset, length);
                second.write(bytes, offset, length);
            }
        };
    }

    @Test
    void aVoidOfMoreVotesThanTheCampaignAllowsOneAuditorWaitsForASecondOne() throws Exception {
        List<String> subjects = List.of("wx-4e-1", "wx-4e-2", "wx-4e-3", "wx-4e-4", "wx-4e-5").stream()
                .map(s -> s + "-" + campaign.campaignId).toList();
        for (String subject : subjects) {
            vote(voter(subject), 2);
        }
        awaitStreams();
        String first = session.token("auditor-4e-1", "auditor");
        String second = session.token("auditor-4e-2", "auditor");
        JsonNode requested = expect(201, voidVoters(first, 2, subjects));
        assertEquals("pending-confirmation", requested.path("status").asText());
        assertEquals(5, requested.path("votes").asInt());
        String voidPath = base + "/integrity/voids/" + requested.path("voidId").asText();
        awaitStreams();
        assertEquals(5, votesOf(2).path("votes").asInt(), "nothing moves before the second auditor");

        ProblemAssertions.assertProblem(session.send("POST", voidPath + "/confirmation", null, first), 403, "four-eyes");
        ProblemAssertions.assertProblem(session.send("POST", voidPath + "/confirmation", null,
                session.token("auditor-4e-1", "auditor,reviewer")), 403, "separation-of-duties");
        ProblemAssertions.assertProblem(session.send("POST", voidPath + "/confirmation", null, voter("wx-4e-1")), 403, "role-required");
        JsonNode applied = expect(200, session.send("POST", voidPath + "/confirmation", null, second));
        assertEquals("applied", applied.path("status").asText());
        assertEquals(5, applied.path("votesVoided").asInt());
        assertEquals("auditor-4e-2", applied.path("confirmedBy").asText());
        ProblemAssertions.assertProblem(session.send("POST", voidPath + "/confirmation", null, second), 409, "void-not-pending");
        awaitStreams();
        assertEquals(0, votesOf(2).path("votes").asInt());
        assertEquals(5, votesOf(2).path("voided").asInt());

        JsonNode trail = expect(200, session.send("GET", base + "/integrity/audit", null, second)).path("actions");
        assertEquals(List.of("request-void auditor-4e-1 5", "confirm-void auditor-4e-2 5"), java.util.stream.StreamSupport
                .stream(trail.spliterator(), false).map(a -> a.path("action").asText() + " " + a.path("actor").asText() + " "
                        + a.path("votes").asInt()).toList());
    }

    @Test
    void aVoidThatWouldReadTooManyBallotsOrNamesNoScopeIsRefusedAndWritesNothing() {
        String auditor = session.token("auditor-scope", "auditor");
        StringBuilder voters = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            voters.append(i == 0 ? "" : ",").append('"').append("%022d".formatted(i)).append('"');
        }
        String month = "\"from\":\"" + Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS) + "\",\"to\":\""
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\"";
        JsonNode tooMany = ProblemAssertions.assertProblem(session.send("POST", base + "/integrity/voids", "{\"candidateId\":\""
                + campaign.candidate(1) + "\",\"voters\":[" + voters + "]," + month + ",\"reason\":\"核查。\"}", auditor),
                400, "invalid-request");
        assertEquals("/to", tooMany.path("errors").get(0).path("pointer").asText(), tooMany.toString());
        ProblemAssertions.assertProblem(session.send("POST", base + "/integrity/voids", "{\"candidateId\":\"" + campaign.candidate(1)
                + "\",\"reason\":\"核查。\"}", auditor), 400, "invalid-request");
        assertEquals(0, expect(200, session.send("GET", base + "/integrity/voids", null, auditor)).path("voids").size());
    }

    @Test
    void aSuspendedVoterIsRefusedUntilTheSuspensionIsLiftedAndKeepsTheVotesAlreadyCast() throws Exception {
        String subject = "wx-suspended-" + campaign.campaignId;
        String token = voter(subject);
        vote(token, 1);
        String auditor = session.token("auditor-susp", "auditor");
        String voterId = stack.voterIdOf(subject);
        expect(201, session.send("POST", base + "/integrity/suspensions", "{\"voterId\":\"" + voterId + "\",\"reason\":\"核查期间暂停。\"}",
                auditor));
        ProblemAssertions.assertProblem(session.send("POST", base + "/integrity/suspensions", "{\"voterId\":\"" + voterId
                + "\",\"reason\":\"再次。\"}", auditor), 409, "already-suspended");
        session.advance("PT31S"); // the vote path reads the list through a cache of this lifetime
        ProblemAssertions.assertProblem(session.send("POST", base + "/votes", "{\"candidateId\":\"" + campaign.candidate(2) + "\"}", token),
                403, "voter-suspended");
        assertEquals(List.of(voterId), List.of(expect(200, session.send("GET", base + "/integrity/suspensions", null, auditor))
                .path("suspended").get(0).asText()));
        JsonNode mine = expect(200, session.send("GET", base + "/votes/mine", null, token));
        assertEquals(1, mine.path("votes").size());
        assertEquals("counted", mine.path("votes").get(0).path("status").asText(), "a suspension voids nothing by itself");

        expect(200, session.send("DELETE", base + "/integrity/suspensions/" + voterId, null, auditor));
        ProblemAssertions.assertProblem(session.send("DELETE", base + "/integrity/suspensions/" + voterId, null, auditor), 404,
                "suspension-not-found");
        session.advance("PT31S");
        vote(token, 2);
    }

    @Test
    void aReceiptTellsItsVoteCountedOrVoidedAndNothingElseAndAForgedOneNothingAtAll() throws Exception {
        String subject = "wx-receipt-" + campaign.campaignId;
        String token = voter(subject);
        JsonNode cast = vote(token, 3);
        String receipt = cast.path("receipt").asText();
        JsonNode counted = expect(200, http.get(base + "/receipts/" + receipt));
        assertEquals(Map.of("campaignId", campaign.campaignId, "receipt", receipt, "votingDay", cast.path("votingDay").asText(),
                "status", "counted"), new com.fasterxml.jackson.databind.ObjectMapper().convertValue(counted, Map.class));
        assertFalse(counted.toString().contains(campaign.candidate(3)), "a receipt proves no choice");

        char last = receipt.charAt(receipt.length() - 1);
        String forged = receipt.substring(0, receipt.length() - 1) + (last == 'Z' ? 'Y' : 'Z');
        ProblemAssertions.assertProblem(http.get(base + "/receipts/" + forged), 404, "receipt-not-found");
        ProblemAssertions.assertProblem(http.get(base + "/receipts/not-a-receipt"), 404, "receipt-not-found");
        CampaignTestbed other = CampaignTestbed.create(stack.dynamo().client(), "integrity-other", Instant.now().minus(Duration.ofDays(1)),
                6, 2, IntegrityRules.DEFAULTS, Clock.systemUTC());
        ProblemAssertions.assertProblem(http.get("/v1/campaigns/" + other.campaignId + "/receipts/" + receipt), 404, "receipt-not-found");
        ProblemAssertions.assertProblem(http.get("/v1/campaigns/no-such-campaign/receipts/" + receipt), 404, "campaign-not-found");

        String auditor = session.token("auditor-receipt", "auditor");
        JsonNode voided = expect(201, voidVoters(auditor, 3, List.of(subject)));
        assertEquals("applied", voided.path("status").asText(), "one vote is below four eyes");
        assertEquals("voided", expect(200, http.get(base + "/receipts/" + receipt)).path("status").asText());
        JsonNode mine = expect(200, session.send("GET", base + "/votes/mine", null, token)).path("votes").get(0);
        assertEquals("voided", mine.path("status").asText());
        assertEquals("urn:gongjiang:problem:vote-voided", mine.path("problem").path("type").asText());

        expect(200, session.send("POST", base + "/integrity/voids/" + voided.path("voidId").asText() + "/restoration",
                "{\"reason\":\"复核后确认正常。\"}", auditor));
        assertEquals("counted", expect(200, http.get(base + "/receipts/" + receipt)).path("status").asText());
    }

    @Test
    void everyVoidIsPublishedWithItsHoursCandidateCountRuleAndReasonAndNothingAboutVoters() throws Exception {
        List<String> subjects = List.of("wx-pub-1-" + campaign.campaignId, "wx-pub-2-" + campaign.campaignId);
        for (String subject : subjects) {
            vote(voter(subject), 4);
        }
        vote(voter("wx-pub-3-" + campaign.campaignId), 4);
        String auditor = session.token("auditor-pub", "auditor");
        JsonNode voided = expect(201, voidVoters(auditor, 4, subjects));
        ProblemAssertions.assertProblem(voidVoters(auditor, 4, subjects), 409, "nothing-to-void");
        awaitStreams();
        JsonNode published = expect(200, http.get(base + "/stats/integrity"));
        assertEquals(1, published.path("voids").size());
        JsonNode row = published.path("voids").get(0);
        assertEquals(voided.path("voidId").asText(), row.path("voidId").asText());
        assertEquals(campaign.candidate(4), row.path("candidateId").asText());
        assertEquals(2, row.path("votesVoided").asInt());
        assertEquals("manual", row.path("rule").asText());
        assertEquals("经核查为异常投票。", row.path("reason").asText());
        assertEquals(2, published.path("votesVoided").asInt());
        String csv = http.get(base + "/stats/integrity.csv").body();
        assertTrue(csv.contains(voided.path("voidId").asText()), csv);
        for (String subject : subjects) {
            assertFalse(published.toString().contains(stack.voterIdOf(subject)));
            assertFalse(csv.contains(stack.voterIdOf(subject)));
        }
        JsonNode row4 = votesOf(4);
        assertEquals(1, row4.path("votes").asInt());
        assertEquals(2, row4.path("voided").asInt());
        assertEquals(2, expect(200, http.get(base + "/stats/votes")).path("totalVoided").asInt());
    }
}
