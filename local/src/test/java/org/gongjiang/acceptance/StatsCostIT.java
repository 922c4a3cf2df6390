package org.gongjiang.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.local.demo.DemoCampaign;
import org.gongjiang.local.emulator.dynamodb.DynamoDbMeter;
import org.gongjiang.voting.model.BallotEntry;
import org.gongjiang.voting.model.VoteSignals;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The statistics' cost rule: statistics come from counters kept as data arrives, never from scanning votes
 * or nominations, so the DynamoDB requests behind each statistics answer do not grow with the votes.
 * The demo campaign is given 100 votes, then 100,000; each votes as the voting function would have
 * written it (one ballot item per voter and day, one vote each, so every vote is one stream record the
 * aggregator counts); each statistics resource is then read with warm caches and its DynamoDB read
 * requests counted by the local stack's meter.
 */
class StatsCostIT {

    private static final String CAMPAIGN = DemoCampaign.CAMPAIGN_ID;
    private static final List<String> RESOURCES = List.of("", "/nominations?by=status", "/nominations?by=industry&by=sex",
            "/votes", "/votes?industry=equipment", "/votes/timeline?interval=day", "/votes/timeline?interval=hour",
            "/datapackage.json", ".csv", "/nominations.csv?by=region&by=ageBand");

    @Test
    void theRequestsBehindEachStatisticsAnswerDoNotGrowFrom100To100000Votes() throws InterruptedException {
        LocalDeployment stack = SharedDeployment.get();
        Http http = new Http(stack.url());
        assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(60)), "what other tests cast is counted first");
        long before = votes(http);
        castDirectly(stack, 100);
        assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(60)));
        assertEquals(before + 100, votes(http));
        Map<String, Long> atHundred = requestsPerAnswer(http, stack);

        long start = System.nanoTime();
        castDirectly(stack, 99_900);
        System.out.printf("StatsCostIT: 99,900 votes written in %.1f s%n", (System.nanoTime() - start) / 1e9);
        assertTrue(stack.awaitStreamsIdle(Duration.ofMinutes(5)));
        assertEquals(before + 100_000, votes(http), "every vote counted once");
        System.out.printf("StatsCostIT: 99,900 votes written and aggregated in %.1f s%n", (System.nanoTime() - start) / 1e9);
        Map<String, Long> atHundredThousand = requestsPerAnswer(http, stack);

        System.out.println("StatsCostIT: DynamoDB read requests per statistics answer (100 votes -> 100,000 votes)");
        atHundred.forEach((resource, requests) -> System.out.printf("  %-45s %d -> %d%n",
                "/stats" + resource, requests, atHundredThousand.get(resource)));
        assertEquals(atHundred, atHundredThousand);
        atHundred.forEach((resource, requests) -> assertTrue(requests <= 6, resource + " reads " + requests));
    }

    private static long votes(Http http) {
        return http.get("/v1/campaigns/" + CAMPAIGN + "/stats/votes").json().path("total").asLong();
    }

    /**
     * Each resource read once to warm the caches, then three times while counting its DynamoDB reads: the
     * fewest is its cost (a campaign cache expiring during one read adds a read that votes did not cause).
     */
    private static Map<String, Long> requestsPerAnswer(Http http, LocalDeployment stack) throws InterruptedException {
        // the schedules (integrity detection, snapshots) read DynamoDB on their own timer: a run during a
        // counted read was counted as the answer's (datapackage.json 1 -> 2 in one CI run)
        stack.pauseSchedules(true);
        try {
            return countedRequestsPerAnswer(http, stack);
        } finally {
            stack.pauseSchedules(false);
        }
    }

    private static Map<String, Long> countedRequestsPerAnswer(Http http, LocalDeployment stack) throws InterruptedException {
        Map<String, Long> requests = new LinkedHashMap<>();
        for (String resource : RESOURCES) {
            String path = "/v1/campaigns/" + CAMPAIGN + "/stats" + resource;
            assertEquals(200, http.get(path).status(), path);
            assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(30)));
            long fewest = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 3; attempt++) {
                long reads = DynamoDbMeter.snapshot().readRequests();
                Http.Response answer = http.get(path);
                assertEquals(200, answer.status(), path);
                fewest = Math.min(fewest, DynamoDbMeter.snapshot().readRequests() - reads);
            }
            requests.put(resource, fewest);
        }
        return requests;
    }

    /**
     * Votes written as CastVote writes them: each a new ballot of one voter for the day holding one
     * candidate with its receipt (n = 1), so each is one stream record that adds exactly one vote.
     */
    private static void castDirectly(LocalDeployment stack, int votes) throws InterruptedException {
        JsonNode campaign = new Http(stack.url()).get("/v1/campaigns/" + CAMPAIGN).json();
        ZoneId zone = ZoneId.of(campaign.path("timeZone").asText());
        Instant castAt = stack.functionClock().instant();
        LocalDate day = LocalDate.ofInstant(castAt, zone);
        String expiresAt = Long.toString(castAt.plus(Duration.ofDays(400)).getEpochSecond());
        List<List<WriteRequest>> batches = new ArrayList<>();
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < votes; i++) {
            Map<String, AttributeValue> ballot = new LinkedHashMap<>();
            ballot.put("ballotId", AttributeValue.fromS(CAMPAIGN + "#" + day + "#cost-" + UUID.randomUUID()));
            ballot.put("cid", AttributeValue.fromS(CAMPAIGN));
            ballot.put("d", AttributeValue.fromS(day.toString()));
            ballot.put("n", AttributeValue.fromN("1"));
            ballot.put("c:N%04d".formatted(1 + i % 32), AttributeValue.fromS(new BallotEntry(castAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), i % 1000, VoteSignals.NONE).encoded()));
            ballot.put("expiresAt", AttributeValue.fromN(expiresAt));
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(ballot).build()).build());
            if (batch.size() == 25 || i == votes - 1) {
                batches.add(batch);
                batch = new ArrayList<>();
            }
        }
        // as many voters at once as phones would be: DynamoDB Local takes the writes in parallel
        try (ExecutorService writers = Executors.newFixedThreadPool(4)) {
            List<Future<?>> written = batches.stream().map(b -> writers.submit(() -> write(stack, b))).collect(Collectors.toList());
            for (Future<?> future : written) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
    }

    private static void write(LocalDeployment stack, List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of("VotesTable", batch);
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            var response = stack.dynamo().client().batchWriteItem(b -> b.requestItems(request));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
    }
}
