package org.gongjiang.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.DynamodbTimeWindowEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Sample events from events/, turned into event objects by the Lambda Java runtime's own serializers
 * (what the runtime hands a handler on AWS), plus small edits tests need.
 */
public final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    public static Path file(String relative) {
        return TestDynamo.repositoryRoot().resolve("events").resolve(relative);
    }

    public static String json(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static APIGatewayV2HTTPEvent http(String relative) {
        return httpFromJson(json(relative));
    }

    public static APIGatewayV2HTTPEvent httpFromJson(String json) {
        return LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, Events.class.getClassLoader())
                .fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    public static DynamodbTimeWindowEvent stream(String relative) {
        return streamFromJson(json(relative));
    }

    public static DynamodbTimeWindowEvent streamFromJson(String json) {
        return LambdaEventSerializers.serializerFor(DynamodbTimeWindowEvent.class, Events.class.getClassLoader())
                .fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The sample vote, for {@code candidateId} in {@code campaignId} by the login {@code subject}. */
    public static APIGatewayV2HTTPEvent vote(String campaignId, String candidateId, String subject) {
        return voteWithBody(campaignId, "{\"candidateId\":\"" + candidateId + "\"}", subject);
    }

    public static APIGatewayV2HTTPEvent voteWithBody(String campaignId, String body, String subject) {
        APIGatewayV2HTTPEvent event = forCampaign(http("CastVoteFunction/vote.201.json"), campaignId, "/votes");
        event.setBody(body);
        event.setIsBase64Encoded(false);
        return asVoter(event, subject);
    }

    public static APIGatewayV2HTTPEvent myVotes(String campaignId, String subject) {
        return asVoter(forCampaign(http("GetMyVotesFunction/mine.200.json"), campaignId, "/votes/mine"), subject);
    }

    public static APIGatewayV2HTTPEvent stats(String campaignId) {
        return forCampaign(http("GetStatsFunction/votes.200.json"), campaignId, "/stats/votes");
    }

    public static APIGatewayV2HTTPEvent candidates(String campaignId, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = forCampaign(http("ListCandidatesFunction/all.200.json"), campaignId, "/candidates");
        event.setQueryStringParameters(query.isEmpty() ? null : new HashMap<>(query));
        return event;
    }

    public static APIGatewayV2HTTPEvent forCampaign(APIGatewayV2HTTPEvent event, String campaignId, String suffix) {
        event.setPathParameters(new HashMap<>(Map.of("campaignId", campaignId)));
        event.setRawPath("/v1/campaigns/" + campaignId + suffix);
        return event;
    }

    /** The sample campaign configuration of events/, as an editable JSON object without its id. */
    public static ObjectNode sampleConfiguration() {
        try {
            ObjectNode body = (ObjectNode)
                    JSON.readTree(http("CreateCampaignFunction/create.201.json").getBody());
            body.remove("campaignId");
            return body;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event as sent by a staff login with {@code subject} in {@code groups}. */
    public static APIGatewayV2HTTPEvent asStaff(APIGatewayV2HTTPEvent event, String subject, String... groups) {
        Map<String, String> claims = new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("sub", subject);
        claims.put("groups", "[" + String.join(" ", groups) + "]");
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        return event;
    }

    public static APIGatewayV2HTTPEvent asVoter(APIGatewayV2HTTPEvent event, String subject) {
        Map<String, String> claims = new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("sub", subject);
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        return event;
    }

    public static APIGatewayV2HTTPEvent withHeader(APIGatewayV2HTTPEvent event, String name, String value) {
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put(name, value);
        event.setHeaders(headers);
        return event;
    }

    public static JsonNode body(APIGatewayV2HTTPResponse response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new IllegalStateException("response body is not JSON: " + response.getBody(), e);
        }
    }

    /** The JSON body of a sample request, to send it again over HTTP. */
    public static JsonNode requestBody(String sample) {
        try {
            return JSON.readTree(http(sample).getBody());
        } catch (IOException e) {
            throw new IllegalStateException(sample + ": the body is not JSON", e);
        }
    }
}
