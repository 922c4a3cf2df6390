package org.gongjiang.voting.handler;

import static org.gongjiang.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.gongjiang.testing.Events;
import org.gongjiang.testing.MutableClock;
import org.gongjiang.testing.CampaignTestbed;
import org.gongjiang.testing.TestDynamo;
import org.gongjiang.voting.model.BallotVote;
import org.gongjiang.voting.model.BallotWrite;
import org.gongjiang.voting.model.BallotEntry;
import org.gongjiang.voting.model.VoteSignals;
import org.gongjiang.voting.model.VoterId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The rules of a vote through the real handler on DynamoDB Local: one vote per candidate per voting day, the daily
 * quota, the voting window, a lost answer retried, all decided by one conditional write.
 */
class VotingIT {

    private static final Instant OPENS = Instant.parse("2026-11-20T00:00:00Z");
    private static final int PER_DAY = 3;

    private MutableClock clock;
    private CampaignTestbed campaign;
    private CastVoteHandler votes;

    @BeforeEach
    void newCampaign() {
        clock = new MutableClock(Instant.parse("2026-11-21T02:00:00Z"));
        campaign = CampaignTestbed.create("vote", OPENS, PER_DAY, 6, clock);
        votes = campaign.castVote();
    }

    private APIGatewayV2HTTPResponse vote(String candidateId, String voter) {
        return votes.handleRequest(Events.vote(campaign.campaignId, candidateId, voter), null);
    }

    private List<Map<String, AttributeValue>> ballotsOfCampaign() {
        return TestDynamo.itemsWithPrefix(TestDynamo.VOTES, "ballotId", campaign.campaignId + "#");
    }


    @Test
    void aVoteForAPublishedFinalistIsAcceptedWithAReceipt() {
        APIGatewayV2HTTPResponse response = vote(campaign.candidate(1), "voter-a");
        assertEquals(201, response.getStatusCode(), response.getBody());
        JsonNode body = Events.body(response);
        assertTrue(CampaignTestbed.HASHER.receipts().open(campaign.campaignId, body.path("receipt").asText()).isPresent());
        assertEquals(campaign.candidate(1), body.path("candidateId").asText());
        assertEquals("2026-11-21T02:00:00Z", body.path("castAt").asText());
        assertEquals(PER_DAY - 1, body.path("votesLeftToday").asInt());
        assertEquals(1, ballotsOfCampaign().size());
    }

    @Test
    void votingAgainForTheSameCandidateTheSameDayAnswers409WithTheOriginalReceiptAndWritesNothing() {
        String receipt = Events.body(vote(campaign.candidate(1), "voter-a")).path("receipt").asText();
        List<Map<String, AttributeValue>> before = ballotsOfCampaign();
        clock.advance(Duration.ofHours(3));

        APIGatewayV2HTTPResponse again = vote(campaign.candidate(1), "voter-a");

        assertProblem(again, 409, "already-voted");
        assertEquals(receipt, Events.body(again).path("receipt").asText());
        assertEquals(CampaignTestbed.HASHER.receipts().open(campaign.campaignId, receipt).orElseThrow().castAt().toString(),
                Events.body(again).path("castAt").asText());
        assertEquals(before, ballotsOfCampaign());
    }

    @Test
    void theVoteAfterTheDailyLimitAnswers429AndWritesNothing() {
        for (int i = 1; i <= PER_DAY; i++) {
            APIGatewayV2HTTPResponse accepted = vote(campaign.candidate(i), "voter-a");
            assertEquals(201, accepted.getStatusCode());
            assertEquals(PER_DAY - i, Events.body(accepted).path("votesLeftToday").asInt());
        }
        List<Map<String, AttributeValue>> before = ballotsOfCampaign();

        APIGatewayV2HTTPResponse refused = vote(campaign.candidate(PER_DAY + 1), "voter-a");

        assertProblem(refused, 429, "daily-vote-limit-reached");
        assertEquals(0, Events.body(refused).path("votesLeftToday").asInt());
        // 02:00Z is 10:00 in Shanghai; the next voting day starts at 16:00Z, 14 hours later
        assertEquals(Long.toString(Duration.ofHours(14).toSeconds()), refused.getHeaders().get("Retry-After"));
        assertEquals(before, ballotsOfCampaign());
        assertEquals(201, vote(campaign.candidate(PER_DAY + 1), "voter-b").getStatusCode(), "other voters still vote");
    }

    @Test
    void aHundredConcurrentIdenticalVotesYieldExactlyOne201AndTheRest409WithItsReceipt() throws Exception {
        List<APIGatewayV2HTTPResponse> responses = concurrently(100, i -> vote(campaign.candidate(2), "voter-race"));

        List<APIGatewayV2HTTPResponse> accepted = responses.stream().filter(r -> r.getStatusCode() == 201).toList();
        assertEquals(1, accepted.size());
        String receipt = Events.body(accepted.getFirst()).path("receipt").asText();
        responses.stream().filter(r -> r.getStatusCode() != 201).forEach(r -> {
            assertProblem(r, 409, "already-voted");
            assertEquals(receipt, Events.body(r).path("receipt").asText());
        });
        Map<String, AttributeValue> ballot = ballotsOfCampaign().getFirst();
        assertEquals("1", ballot.get("n").n());
    }

    @Test
    void concurrentVotesForDifferentCandidatesNeverExceedTheDailyLimit() throws Exception {
        List<APIGatewayV2HTTPResponse> responses =
                concurrently(60, i -> vote(campaign.candidate(1 + i % 6), "voter-greedy"));

        assertEquals(PER_DAY, responses.stream().filter(r -> r.getStatusCode() == 201).count());
        assertTrue(responses.stream().allMatch(r -> Set.of(201, 409, 429).contains(r.getStatusCode())));
        Map<String, AttributeValue> ballot = ballotsOfCampaign().getFirst();
        assertEquals(Integer.toString(PER_DAY), ballot.get("n").n());
        assertEquals(PER_DAY, ballot.keySet().stream().filter(name -> name.startsWith("c:")).count());
    }

    @Test
    void theVotingDayTurnsAtMidnightInTheCampaignsTimeZoneNotInUtc() {
        clock.set(Instant.parse("2026-11-21T15:59:59.999Z")); // 23:59:59.999 in Shanghai
        for (int i = 1; i <= PER_DAY; i++) {
            assertEquals(201, vote(campaign.candidate(i), "night-owl").getStatusCode());
        }
        APIGatewayV2HTTPResponse late = vote(campaign.candidate(1), "night-owl");
        assertProblem(late, 409, "already-voted");
        assertProblem(vote(campaign.candidate(PER_DAY + 1), "night-owl"), 429, "daily-vote-limit-reached");

        clock.set(Instant.parse("2026-11-21T16:00:00Z")); // midnight in Shanghai, still the 21st in UTC
        APIGatewayV2HTTPResponse nextDay = vote(campaign.candidate(1), "night-owl");
        assertEquals(201, nextDay.getStatusCode(), nextDay.getBody());
        assertEquals("2026-11-22", Events.body(nextDay).path("votingDay").asText());
        assertEquals(PER_DAY - 1, Events.body(nextDay).path("votesLeftToday").asInt());
        assertEquals(2, ballotsOfCampaign().size(), "one ballot per voting day");
    }

    @Test
    void votesOutsideTheVotingWindowAnswer403WithTheWindowAndWriteNothing() {
        clock.set(OPENS.minusMillis(1));
        APIGatewayV2HTTPResponse early = vote(campaign.candidate(1), "voter-a");
        assertProblem(early, 403, "voting-closed");
        assertEquals(OPENS.toString(), Events.body(early).path("votingWindow").path("opensAt").asText());
        assertEquals(OPENS.plus(Duration.ofDays(30)).toString(),
                Events.body(early).path("votingWindow").path("closesAt").asText());

        clock.set(OPENS.plus(Duration.ofDays(30)));
        assertProblem(vote(campaign.candidate(1), "voter-a"), 403, "voting-closed");

        clock.set(OPENS);
        assertEquals(201, vote(campaign.candidate(1), "voter-b").getStatusCode(), "the opening instant is inside");
        assertEquals(1, ballotsOfCampaign().size());
    }

    @Test
    void anUnknownCampaignOrCandidateAnswers404() {
        assertProblem(vote("no-such-candidate", "voter-a"), 404, "candidate-not-found");
        CampaignTestbed other = CampaignTestbed.create("other", OPENS, PER_DAY, 8, clock);
        assertProblem(vote(other.candidate(8), "voter-a"), 404, "candidate-not-found");
        assertProblem(votes.handleRequest(Events.vote("no-such-campaign", "c-01", "voter-a"), null), 404, "campaign-not-found");
        assertProblem(votes.handleRequest(Events.vote("Bad Campaign!", "c-01", "voter-a"), null), 404, "campaign-not-found");
        assertEquals(List.of(), ballotsOfCampaign());
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"candidateId\": \"c-01\"", "malformed-json"),
                Arguments.of("empty body", "", "malformed-json"),
                Arguments.of("trailing garbage", "{\"candidateId\":\"c-01\"}}", "malformed-json"),
                Arguments.of("duplicate member", "{\"candidateId\":\"c-01\",\"candidateId\":\"c-02\"}", "malformed-json"),
                Arguments.of("an array", "[\"c-01\"]", "invalid-request"),
                Arguments.of("null", "null", "invalid-request"),
                Arguments.of("a number for the id", "{\"candidateId\":1}", "invalid-request"),
                Arguments.of("an object for the id", "{\"candidateId\":{\"id\":\"c-01\"}}", "invalid-request"),
                Arguments.of("no id", "{}", "invalid-request"),
                Arguments.of("an unknown member", "{\"candidateId\":\"c-01\",\"weight\":10}", "invalid-request"),
                Arguments.of("an id with spaces", "{\"candidateId\":\"c 01\"}", "invalid-request"),
                Arguments.of("an over-long id", "{\"candidateId\":\"" + "c".repeat(65) + "\"}", "invalid-request"),
                Arguments.of("a body over 8 KiB", "{\"candidateId\":\"c-01\",\"pad\":\"" + "x".repeat(8200) + "\"}", "body-too-large"));
    }

    @ParameterizedTest(name = "{0} is a 400 that writes nothing")
    @MethodSource("badBodies")
    void badBodiesAnswer400AndWriteNothing(String what, String body, String type) {
        APIGatewayV2HTTPResponse response = votes.handleRequest(Events.voteWithBody(campaign.campaignId, body, "voter-a"), null);
        assertProblem(response, 400, type);
        assertFalse(Events.body(response).path("detail").asText().isBlank());
        assertEquals(List.of(), ballotsOfCampaign());
    }

    @Test
    void invalidUtf8InABase64BodyIsA400() {
        APIGatewayV2HTTPEvent event = Events.voteWithBody(campaign.campaignId, "", "voter-a");
        event.setBody(Base64.getEncoder().encodeToString(new byte[] {'{', '"', 'c', '"', ':', '"', (byte) 0xff, '"', '}'}));
        event.setIsBase64Encoded(true);
        assertProblem(votes.handleRequest(event, null), 400, "malformed-json");
        assertEquals(List.of(), ballotsOfCampaign());
    }

    @Test
    void errorsAreInChineseByDefaultAndInEnglishWhenAskedFor() {
        APIGatewayV2HTTPResponse chinese = vote("no-such-candidate", "voter-a");
        assertTrue(Events.body(chinese).path("detail").asText().contains("候选人"), chinese.getBody());
        assertEquals("zh-CN", chinese.getHeaders().get("Content-Language"));

        APIGatewayV2HTTPEvent event = Events.withHeader(Events.vote(campaign.campaignId, "no-such-candidate", "voter-a"),
                "accept-language", "en-US,en;q=0.9");
        APIGatewayV2HTTPResponse english = votes.handleRequest(event, null);
        assertEquals("Campaign '" + campaign.campaignId + "' has no candidate 'no-such-candidate'.",
                Events.body(english).path("detail").asText());
        assertEquals("en", english.getHeaders().get("Content-Language"));
    }

    @Test
    void aRequestWithoutVerifiedClaimsIsA401() {
        APIGatewayV2HTTPEvent event = Events.vote(campaign.campaignId, campaign.candidate(1), "voter-a");
        event.getRequestContext().setAuthorizer(null);
        assertProblem(votes.handleRequest(event, null), 401, "unauthenticated");
        assertEquals(List.of(), ballotsOfCampaign());
    }

    @Test
    void theLoginSubjectIsNeverStoredOnlyItsKeyedHash() {
        String subject = "wx-oPq93kDf02-very-identifiable";
        assertEquals(201, vote(campaign.candidate(1), subject).getStatusCode());
        Map<String, AttributeValue> ballot = ballotsOfCampaign().getFirst();
        String everything = ballot.toString();
        assertFalse(everything.contains(subject));
        String hash = CampaignTestbed.HASHER.voterFor("https://login.local.gongjiang.test/", subject).hash();
        assertTrue(ballot.get("ballotId").s().endsWith("#" + hash));
    }

    @Test
    void aBallotExpiresTheRetentionPeriodAfterTheVoteCloses() {
        assertEquals(201, vote(campaign.candidate(1), "voter-a").getStatusCode());
        long expiresAt = Long.parseLong(ballotsOfCampaign().getFirst().get("expiresAt").n());
        assertEquals(campaign.campaign.personalDataExpiresAt().getEpochSecond(), expiresAt);
    }

    @Test
    void aWriteRetriedAfterItSucceededIsStillAcceptedNotCalledADuplicate() {
        // The SDK resends a request whose response was lost: the condition then fails on our own vote.
        VoterId voter = CampaignTestbed.HASHER.voterFor("https://login.example/", "retry-" + campaign.campaignId);
        Instant now = clock.instant();
        BallotVote vote = new BallotVote(campaign.campaignId, LocalDate.parse("2026-11-21"), voter, campaign.candidate(1),
                new BallotEntry(now, 1, VoteSignals.NONE), now.plus(Duration.ofDays(200)));
        assertEquals(new BallotWrite.Accepted(1), CampaignTestbed.ballots().record(vote, PER_DAY));
        assertEquals(new BallotWrite.Accepted(1), CampaignTestbed.ballots().record(vote, PER_DAY));
        BallotVote another = new BallotVote(vote.campaignId(), vote.day(), voter, vote.candidateId(),
                new BallotEntry(now, 2, VoteSignals.NONE), vote.expiresAt());
        assertEquals(new BallotWrite.AlreadyVoted(vote.entry()), CampaignTestbed.ballots().record(another, PER_DAY));
    }

    @Test
    void myVotesListsWhatTheCallerVotedTodayAndWhatIsLeft() {
        String receipt = Events.body(vote(campaign.candidate(2), "voter-a")).path("receipt").asText();
        vote(campaign.candidate(1), "voter-b");
        clock.advance(Duration.ofMinutes(5));

        APIGatewayV2HTTPResponse response = campaign.myVotes().handleRequest(Events.myVotes(campaign.campaignId, "voter-a"), null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode body = Events.body(response);
        assertEquals("2026-11-21", body.path("votingDay").asText());
        assertEquals(1, body.path("votes").size());
        assertEquals(campaign.candidate(2), body.path("votes").get(0).path("candidateId").asText());
        assertEquals("候选人2", body.path("votes").get(0).path("name").asText());
        assertEquals(receipt, body.path("votes").get(0).path("receipt").asText());
        assertEquals(PER_DAY - 1, body.path("votesLeftToday").asInt());
        assertEquals("no-store", response.getHeaders().get("Cache-Control"));

        JsonNode stranger = Events.body(campaign.myVotes().handleRequest(Events.myVotes(campaign.campaignId, "voter-c"), null));
        assertEquals(0, stranger.path("votes").size());
        assertEquals(PER_DAY, stranger.path("votesLeftToday").asInt());
    }

    private interface Call {
        APIGatewayV2HTTPResponse run(int index) throws Exception;
    }

    /** Runs {@code count} calls at once (released together) and returns every response. */
    static List<APIGatewayV2HTTPResponse> concurrently(int count, Call call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<APIGatewayV2HTTPResponse>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.run(index);
                }));
            }
            start.countDown();
            List<APIGatewayV2HTTPResponse> responses = new ArrayList<>();
            for (Future<APIGatewayV2HTTPResponse> future : futures) {
                APIGatewayV2HTTPResponse response = future.get();
                assertNotNull(response);
                assertTrue(response.getStatusCode() < 500, response.getBody());
                responses.add(response);
            }
            return responses;
        }
    }

    @Test
    void aCandidateIdOutsideTheAllowedCharactersIsA400PointingAtTheField() {
        APIGatewayV2HTTPEvent event = Events.voteWithBody(campaign.campaignId, "{\"candidateId\":\"候选人\"}", "voter-a");
        APIGatewayV2HTTPResponse response = votes.handleRequest(event, null);
        assertProblem(response, 400, "invalid-request");
        assertEquals("/candidateId", Events.body(response).path("errors").get(0).path("pointer").asText());
        assertEquals("pattern", Events.body(response).path("errors").get(0).path("code").asText());
        assertEquals(List.of(), ballotsOfCampaign());
    }

    @Test
    void behindTheVoteEdgeAVoteWithoutTheEdgesKeyIsRefusedAndTheViewersAddressIsTheOneKept() {
        CastVoteHandler edged = new CastVoteHandler(campaign.voting(), CampaignTestbed.HASHER, clock,
                VoterAddress.behindVoteEdge("edge-key-0123456789"));
        APIGatewayV2HTTPEvent direct = Events.withHeader(Events.vote(campaign.campaignId, campaign.candidate(1), "voter-e"),
                "x-viewer-address", "203.0.113.9");
        assertProblem(edged.handleRequest(direct, null), 403, "vote-edge-required");
        APIGatewayV2HTTPEvent forged = Events.withHeader(Events.vote(campaign.campaignId, campaign.candidate(1), "voter-e"),
                "x-vote-edge-key", "edge-key-0123456788");
        assertProblem(edged.handleRequest(forged, null), 403, "vote-edge-required");
        assertEquals(List.of(), ballotsOfCampaign(), "a refused vote writes nothing");

        APIGatewayV2HTTPEvent throughTheEdge = Events.withHeader(Events.withHeader(Events.withHeader(
                Events.vote(campaign.campaignId, campaign.candidate(1), "voter-e"), "x-vote-edge-key", "edge-key-0123456789"),
                "x-viewer-address", "203.0.113.9"), "x-viewer-agent", "Mozilla/5.0 MicroMessenger/8.0");
        assertEquals(201, edged.handleRequest(throughTheEdge, null).getStatusCode());
        String entry = ballotsOfCampaign().getFirst().get("c:" + campaign.candidate(1)).s();
        VoteSignals signals = BallotEntry.decode(entry).orElseThrow().signals();
        assertEquals(CampaignTestbed.HASHER.signal("network", "203.0.113.0/24"), signals.network());
        assertEquals(CampaignTestbed.HASHER.signal("client", "Mozilla/5.0 MicroMessenger/8.0"), signals.client());
    }
}
