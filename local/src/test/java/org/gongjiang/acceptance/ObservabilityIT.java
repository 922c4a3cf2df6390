package org.gongjiang.acceptance;

import static org.gongjiang.acceptance.support.ApiSession.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.gongjiang.acceptance.support.ApiSession;
import org.gongjiang.acceptance.support.CapturedOutput;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.campaign.model.IntegrityRules;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.nomination.model.IdentityNumber;
import org.gongjiang.testing.CampaignTestbed;
import org.gongjiang.testing.Events;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the functions write while a voter and the staff walk through the stack: every line (their JSON
 * log lines, their EMF metric lines, stack traces, the emulators' lines) is captured and searched for
 * the personal data the walk used, and the metric lines are read as CloudWatch would read them.
 *
 * <p>The addresses: this stack does not trust {@code X-Forwarded-For}, so the functions see the
 * socket's address (127.0.0.1 or ::1) as the voter's source address; the walk also sends an
 * {@code X-Forwarded-For} of its own, which reaches the functions as a header and must not be logged
 * either.
 */
class ObservabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREDIT_CODE = "91370211MA3C123AB5";

    private static LocalDeployment stack;
    private static Http http;
    private static ApiSession session;

    @BeforeAll
    static void start() {
        stack = SharedDeployment.get();
        http = new Http(stack.url());
        session = new ApiSession(http);
    }

    @AfterEach
    void clockBackToNow() {
        session.clockBackToNow();
    }

    /** What the walks use that no log line may carry, by what it is. */
    private final Map<String, String> secrets = new LinkedHashMap<>();

    private String secret(String what, String value) {
        secrets.put(value, what);
        return value;
    }

    @Test
    void noLogLineCarriesPersonalDataAndEveryVoteIsCountedInAnEmbeddedMetricLine() throws Exception {
        RandomGenerator random = RandomGenerator.getDefault();
        String marker = Long.toString(System.nanoTime(), 36);
        List<JsonNode> metricLines;
        List<String> lines;
        try (CapturedOutput output = CapturedOutput.start()) {
            voterWalk(marker, random);
            List<JsonNode> afterTheVotes = emf(output.lines());
            assertEquals(3, sum(afterTheVotes, "CastVoteFunction", "VotesAccepted", Optional.empty()),
                    "one VotesAccepted per accepted vote, written before the vote is answered: " + afterTheVotes);
            assertEquals(1, sum(afterTheVotes, "CastVoteFunction", "VotesRefused", Optional.of("already-voted")));
            staffWalk(marker, random);
            assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(60)));
            session.advance("PT10M");
            expect(200, http.post("/local/schedules/run", ""));
            lines = output.lines();
            metricLines = emf(lines);
        }

        List<String> leaks = new ArrayList<>();
        for (String line : lines) {
            secrets.forEach((value, what) -> {
                if (line.contains(value)) {
                    leaks.add(what + " in: " + line);
                }
            });
        }
        assertEquals(List.of(), leaks);

        for (JsonNode line : metricLines) {
            assertValidEmf(line);
        }
        assertTrue(sum(metricLines, "AggregateVotesFunction", "BatchSize", Optional.empty()) >= 3, metricLines.toString());
        assertTrue(sum(metricLines, "WatchVotesFunction", "BatchSize", Optional.empty()) >= 3, metricLines.toString());
        assertTrue(sum(metricLines, "AggregateNominationsFunction", "BatchSize", Optional.empty()) >= 2, metricLines.toString());
        for (String aggregator : List.of("AggregateVotesFunction", "WatchVotesFunction", "AggregateNominationsFunction")) {
            List<Long> lags = values(metricLines, aggregator, "AggregationLag");
            assertFalse(lags.isEmpty(), aggregator + " measures its lag: " + metricLines);
            lags.forEach(lag -> assertTrue(lag >= 0, aggregator + " lag " + lag));
            // the walk's own batches are fresh (the demo's, still flowing from the stack's start, may be older)
            assertTrue(lags.stream().mapToLong(Long::longValue).min().orElseThrow() < 120_000, aggregator + " lags " + lags);
        }
        assertFalse(values(metricLines, "DetectIntegrityFunction", "IntegrityAlerts").isEmpty(), metricLines.toString());

        List<JsonNode> logLines = lines.stream().filter(line -> line.startsWith("{\"timestamp\"")).map(ObservabilityIT::json).toList();
        assertTrue(logLines.stream().anyMatch(line -> line.path("function").asText().equals("AggregateVotesFunction")
                && line.path("message").asText().startsWith("aggregated ")), "the aggregator's log lines: " + logLines);
        for (JsonNode line : logLines) {
            for (String field : List.of("timestamp", "level", "message", "AWSRequestId", "function")) {
                assertTrue(line.path(field).isTextual() && !line.path(field).asText().isEmpty(), field + " in " + line);
            }
        }
    }

    /** A voter mints a token, votes twice and once again for the same candidate, a second voter once; both read receipts. */
    private void voterWalk(String marker, RandomGenerator random) {
        CampaignTestbed campaign = CampaignTestbed.create(stack.dynamo().client(), "observe", Instant.now().minus(Duration.ofDays(1)),
                6, 3, IntegrityRules.DEFAULTS, Clock.systemUTC());
        String base = "/v1/campaigns/" + campaign.campaignId;
        secret("a source address", "127.0.0.1");
        secret("a source address", "0:0:0:0:0:0:0:1");
        secret("a source network", "127.0.0.0/24");
        String forwarded = secret("a forwarded address", "198.51.%d.%d".formatted(random.nextInt(1, 250), random.nextInt(1, 250)));
        String agent = secret("a user agent", "Mozilla/5.0 (iPhone; ObserveProbe-" + marker + ") MicroMessenger/8.0.50");
        for (String voter : List.of("wx-o1-" + marker, "wx-o2-" + marker)) {
            secret("a token subject", voter);
            secret("a voter id", stack.voterIdOf(voter));
            String token = session.token(voter, "");
            secret("a token", token.substring("Bearer ".length()));
            String[] headers = {"User-Agent", agent, "X-Forwarded-For", forwarded};
            List<String> candidates = voter.startsWith("wx-o1-") ? List.of(campaign.candidate(1), campaign.candidate(2))
                    : List.of(campaign.candidate(1));
            for (String candidate : candidates) {
                JsonNode cast = expect(201, session.send("POST", base + "/votes", "{\"candidateId\":\"" + candidate + "\"}", token, headers));
                secret("a receipt", cast.path("receipt").asText());
            }
            if (voter.startsWith("wx-o1-")) {
                expect(409, session.send("POST", base + "/votes", "{\"candidateId\":\"" + campaign.candidate(1) + "\"}", token, headers));
            }
            for (JsonNode vote : expect(200, session.send("GET", base + "/votes/mine", null, token, headers)).path("votes")) {
                expect(200, session.send("GET", base + "/receipts/" + vote.path("receipt").asText(), null, token, headers));
            }
        }
    }

    /** An admin creates a campaign, a clerk nominates (once refused for a wrong identity number), a reviewer qualifies. */
    private void staffWalk(String marker, RandomGenerator random) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String campaignId = "observe-" + marker;
        String admin = staff("admin-" + marker, "admin");
        String clerk = staff("clerk-" + marker, "enterprise", "creditCode", CREDIT_CODE);
        String reviewer = staff("reviewer-" + marker, "reviewer");

        ObjectNode configuration = (ObjectNode) Events.requestBody("CreateCampaignFunction/create.201.json");
        configuration.put("campaignId", campaignId);
        configuration.putObject("nominationWindow").put("opensAt", now.minus(Duration.ofDays(1)).toString())
                .put("closesAt", now.plus(Duration.ofDays(1)).toString());
        configuration.putObject("votingWindow").put("opensAt", now.plus(Duration.ofDays(20)).toString())
                .put("closesAt", now.plus(Duration.ofDays(30)).toString());
        expect(201, session.send("POST", "/v1/admin/campaigns", configuration.toString(), admin));

        String first17 = "370211198604%02d%03d".formatted(random.nextInt(10, 29), random.nextInt(100, 999));
        String idNumber = secret("an identity number", first17 + IdentityNumber.checkCharacter(first17));
        secret("a masked identity number", idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        char wrongCheck = "0123456789X".replace(idNumber.substring(17), "").charAt(random.nextInt(10));
        String wrongIdNumber = secret("an identity number (refused)", first17 + wrongCheck);
        String mobile = secret("a mobile", "139%08d".formatted(random.nextInt(100_000_000)));
        String contactMobile = secret("a contact's mobile", "136%08d".formatted(random.nextInt(100_000_000)));
        String name = secret("a nominee's name", "欧阳观测" + marker);
        String contact = secret("a contact's name", "联系人" + marker);

        String nominations = "/v1/campaigns/" + campaignId + "/nominations";
        expect(400, session.send("POST", nominations, nomination(wrongIdNumber, name, mobile, contact, contactMobile).toString(), clerk));
        String nominationId = expect(201, session.send("POST", nominations,
                nomination(idNumber, name, mobile, contact, contactMobile).toString(), clerk)).path("nominationId").asText();
        expect(200, session.send("POST", nominations + "/" + nominationId + "/qualify", "{\"reason\":\"材料齐全。\"}", reviewer));
        JsonNode seen = expect(200, session.send("GET", nominations + "/" + nominationId, null, reviewer));
        assertTrue(seen.toString().contains(mobile), "the review office sees the mobile: " + seen);
    }

    private String staff(String subject, String group, String... claims) {
        secret("a token subject", subject);
        String token = session.token(subject, group, claims);
        secret("a token", token.substring("Bearer ".length()));
        return token;
    }

    private static ObjectNode nomination(String idNumber, String name, String mobile, String contact, String contactMobile) {
        ObjectNode body = (ObjectNode) Events.requestBody("SubmitNominationFunction/1-submit.201.json");
        ((ObjectNode) body.path("nominee")).put("idNumber", idNumber).put("name", name)
                .put("birthDate", "1986-04-" + idNumber.substring(12, 14))
                .put("sex", (idNumber.charAt(16) - '0') % 2 == 1 ? "M" : "F").put("mobile", mobile);
        ((ObjectNode) body.path("enterprise")).put("creditCode", CREDIT_CODE).put("contactName", contact)
                .put("contactMobile", contactMobile);
        return body;
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    /** The lines in embedded metric format: JSON objects with {@code _aws}. */
    private static List<JsonNode> emf(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("{") && line.contains("\"_aws\"")).map(ObservabilityIT::json).toList();
    }

    /** What CloudWatch needs to extract each metric a line declares: its value, and each dimension's. */
    private static void assertValidEmf(JsonNode line) {
        JsonNode metadata = line.path("_aws");
        assertTrue(metadata.path("Timestamp").isIntegralNumber(), line.toString());
        assertTrue(metadata.path("CloudWatchMetrics").isArray() && !metadata.path("CloudWatchMetrics").isEmpty(), line.toString());
        for (JsonNode directive : metadata.path("CloudWatchMetrics")) {
            assertEquals("Gongjiang", directive.path("Namespace").asText(), line.toString());
            assertTrue(directive.path("Dimensions").isArray() && !directive.path("Dimensions").isEmpty(), line.toString());
            for (JsonNode set : directive.path("Dimensions")) {
                assertEquals("Function", set.path(0).asText(), line.toString());
                set.forEach(dimension -> assertTrue(line.path(dimension.asText()).isTextual(), dimension + " in " + line));
            }
            assertFalse(directive.path("Metrics").isEmpty(), line.toString());
            for (JsonNode metric : directive.path("Metrics")) {
                JsonNode value = line.path(metric.path("Name").asText());
                assertTrue(value.isNumber() || value.isArray() && !value.isEmpty(), metric + " in " + line);
                assertTrue(List.of("Count", "Milliseconds").contains(metric.path("Unit").asText()), metric + " in " + line);
            }
        }
    }

    private static long sum(List<JsonNode> lines, String function, String metric, Optional<String> reason) {
        return lines.stream()
                .filter(line -> line.path("Function").asText().equals(function))
                .filter(line -> reason.map(r -> line.path("Reason").asText().equals(r)).orElse(true))
                .mapToLong(line -> line.path(metric).asLong(0))
                .sum();
    }

    private static List<Long> values(List<JsonNode> lines, String function, String metric) {
        List<Long> values = new ArrayList<>();
        for (JsonNode line : lines) {
            if (line.path("Function").asText().equals(function) && !line.path(metric).isMissingNode()) {
                JsonNode value = line.path(metric);
                if (value.isArray()) {
                    value.forEach(item -> values.add(item.asLong()));
                } else {
                    values.add(value.asLong());
                }
            }
        }
        return values;
    }
}
