package org.gongjiang.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.local.demo.DemoCampaign;
import org.gongjiang.local.emulator.stream.StreamEventSourceMapping;
import org.gongjiang.voting.dynamodb.VoteCounterKeys;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The whole local stack with its votes stream fanned out into 8 lanes (as a busy table's 8 shards on
 * AWS, {@code local/run --stream-lanes 8}): votes cast over HTTP are counted by 8 aggregator lanes at
 * once, each into its own counter slot, and the statistics, summing the slots, count every vote once.
 */
class EightStreamLanesIT {

    private static final String VOTES = "/v1/campaigns/" + DemoCampaign.CAMPAIGN_ID + "/votes";
    private static final int VOTERS = 240;
    private static final int CANDIDATES = 32;

    private static Map<String, Long> votesByCandidate(Http http) {
        Map<String, Long> votes = new HashMap<>();
        for (JsonNode line : http.get("/v1/campaigns/" + DemoCampaign.CAMPAIGN_ID + "/stats/votes").json().path("candidates")) {
            votes.put(line.path("candidateId").asText(), line.path("votes").asLong());
        }
        return votes;
    }

    @Test
    void votesThroughEightStreamLanesAreCountedExactlyOnceFromSeveralCounterSlots() throws Exception {
        try (LocalDeployment stack = LocalDeployment.start(LocalDeployment.Options.ephemeral().withStreamLanes(8))) {
            Http http = new Http(stack.url());
            assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(60)), "the demo's own records counted first");
            Map<String, Long> before = votesByCandidate(http);

            Map<String, Long> accepted = new HashMap<>();
            try (ExecutorService voters = Executors.newFixedThreadPool(8)) {
                List<Future<String>> casts = new ArrayList<>();
                for (int voter = 0; voter < VOTERS; voter++) {
                    String candidate = "N%04d".formatted(1 + voter % CANDIDATES);
                    String subject = "lane-voter-" + voter;
                    casts.add(voters.submit(() -> {
                        Http.Response vote = http.post(VOTES, "{\"candidateId\":\"" + candidate + "\"}",
                                "Authorization", "Bearer " + http.token(subject));
                        assertEquals(201, vote.status(), vote.body());
                        return candidate;
                    }));
                }
                for (Future<String> cast : casts) {
                    accepted.merge(cast.get(), 1L, Long::sum);
                }
            }
            assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(60)), "every lane drained");

            Map<String, Long> after = votesByCandidate(http);
            for (int c = 1; c <= CANDIDATES; c++) {
                String candidate = "N%04d".formatted(c);
                assertEquals(before.getOrDefault(candidate, 0L) + accepted.getOrDefault(candidate, 0L),
                        after.getOrDefault(candidate, 0L), candidate + " counted exactly once");
            }

            for (StreamEventSourceMapping stream : stack.streams()) {
                assertEquals(8, stream.lanes());
                assertEquals(0, stream.discarded().size(), stream.stats().toString());
            }
            Set<String> totalsSlots = new TreeSet<>();
            stack.dynamo().client().queryPaginator(b -> b.tableName("CountersTable").keyConditionExpression("pk = :pk")
                            .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(VoteCounterKeys.campaignPartition(DemoCampaign.CAMPAIGN_ID)))))
                    .items().stream().map(item -> item.get("sk").s()).filter(VoteCounterKeys::isTotals).forEach(totalsSlots::add);
            assertTrue(totalsSlots.size() >= 2, "the lanes committed into several slots: " + totalsSlots);
        }
    }
}
