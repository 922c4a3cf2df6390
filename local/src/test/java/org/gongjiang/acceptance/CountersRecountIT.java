package org.gongjiang.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.local.demo.DemoCampaign;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The operator's recounts on the running stack (POST /local/invoke/..., as aws lambda invoke on AWS):
 * on the demo campaign, whose counters the stream built, a recount of the votes and of the nomination
 * statistics finds nothing to change, and each leaves the other's counters alone (they share the
 * campaign's partition); after a bug corrupted a statistics cell, the recount finds it and the switch
 * puts the published table right.
 */
class CountersRecountIT {

    private static final String CAMPAIGN = DemoCampaign.CAMPAIGN_ID;
    private static LocalDeployment stack;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        stack = SharedDeployment.get();
        http = new Http(stack.url());
        String token = http.token("recount-voter");
        for (String candidate : new String[] {"N0001", "N0002", "N0003"}) {
            http.post("/v1/campaigns/" + CAMPAIGN + "/votes", "{\"candidateId\":\"" + candidate + "\"}",
                    "Authorization", "Bearer " + token);
        }
        assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(60)));
    }

    private static JsonNode invoke(String function, String event) {
        Http.Response answer = http.post("/local/invoke/" + function, event);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static String statsByIndustry() {
        return http.get("/v1/campaigns/" + CAMPAIGN + "/stats/nominations?by=industry").json().path("rows").toString();
    }

    @Test
    void aVoteRecountOfCountersTheStreamBuiltFindsNothingAndLeavesTheNominationStatisticsAlone() {
        String nominationsBefore = statsByIndustry();
        JsonNode rebuilt = invoke("RecountVotesFunction", "{\"action\":\"rebuild\",\"campaignId\":\"" + CAMPAIGN + "\"}");
        assertEquals("votes", rebuilt.path("counters").asText());
        assertTrue(rebuilt.path("votes").asLong() >= 3, rebuilt.toString());
        assertEquals(0, rebuilt.path("differences").size(), rebuilt.toString());
        JsonNode switched = invoke("RecountVotesFunction", "{\"action\":\"switch\",\"campaignId\":\"" + CAMPAIGN
                + "\",\"generation\":\"" + rebuilt.path("generation").asText() + "\",\"liveVersion\":\""
                + rebuilt.path("liveVersion").asText() + "\"}");
        assertEquals(true, switched.path("switched").asBoolean(), switched.toString());
        assertEquals(nominationsBefore, statsByIndustry(), "the vote recount's switch did not touch the nomination statistics");
    }

    @Test
    void aCorruptedStatisticsCellIsFoundByTheNominationRecountAndPutRightByTheSwitch() {
        String correct = statsByIndustry();
        // a bug: three nominations too many in one cell of the industry table
        stack.dynamo().client().updateItem(b -> b.tableName("CountersTable")
                .key(Map.of("pk", AttributeValue.fromS("campaign#" + CAMPAIGN), "sk", AttributeValue.fromS("nominations#industry")))
                .updateExpression("ADD #cell :three")
                .expressionAttributeNames(Map.of("#cell", "c:equipment"))
                .expressionAttributeValues(Map.of(":three", AttributeValue.fromN("3"))));
        assertTrue(!correct.equals(statsByIndustry()), "the corruption shows in the published table");

        JsonNode rebuilt = invoke("RecountNominationsFunction", "{\"action\":\"rebuild\",\"campaignId\":\"" + CAMPAIGN + "\"}");
        assertEquals(36, rebuilt.path("nominationsRead").asLong(), rebuilt.toString());
        assertEquals(1, rebuilt.path("differences").size(), rebuilt.toString());
        JsonNode difference = rebuilt.path("differences").get(0);
        assertEquals("nominations#industry", difference.path("item").asText());
        assertEquals("c:equipment", difference.path("counter").asText());
        assertEquals(-3, difference.path("change").asLong());

        JsonNode stale = invoke("RecountNominationsFunction", "{\"action\":\"switch\",\"campaignId\":\"" + CAMPAIGN
                + "\",\"generation\":\"" + rebuilt.path("generation").asText() + "\",\"liveVersion\":\"not-what-compare-said\"}");
        assertEquals("urn:gongjiang:problem:counters-moved", stale.path("type").asText(), stale.toString());

        JsonNode switched = invoke("RecountNominationsFunction", "{\"action\":\"switch\",\"campaignId\":\"" + CAMPAIGN
                + "\",\"generation\":\"" + rebuilt.path("generation").asText() + "\",\"liveVersion\":\""
                + rebuilt.path("liveVersion").asText() + "\"}");
        assertEquals(0, switched.path("differences").size(), switched.toString());
        assertEquals(correct, statsByIndustry());
    }

    @Test
    void anUnknownFunctionOrABadEventIsAnsweredWithoutInvokingAnything() {
        assertEquals(404, http.post("/local/invoke/NoSuchFunction", "{}").status());
        JsonNode refused = invoke("RecountVotesFunction", "{\"action\":\"rebuild\",\"campaignId\":\"Not A Campaign!\"}");
        assertEquals(400, refused.path("status").asInt(), refused.toString());
    }
}
