package org.gongjiang.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.DynamodbTimeWindowEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
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
        ObjectNode claims = loginClaims(event).put("sub", subject);
        ArrayNode array = claims.putArray("groups");
        for (String group : groups) {
            array.add(group);
        }
        return withLogin(event, claims);
    }

    public static APIGatewayV2HTTPEvent asVoter(APIGatewayV2HTTPEvent event, String subject) {
        return withLogin(event, loginClaims(event).put("sub", subject));
    }

    /** The same login with further string claims (a staff account's {@code creditCode}). */
    public static APIGatewayV2HTTPEvent withClaims(APIGatewayV2HTTPEvent event, Map<String, String> extra) {
        ObjectNode claims = loginClaims(event);
        extra.forEach(claims::put);
        return withLogin(event, claims);
    }

    /** The claims of the event's bearer token, with their JSON types, editable. */
    public static ObjectNode loginClaims(APIGatewayV2HTTPEvent event) {
        String token = event.getHeaders().get("authorization").substring("Bearer ".length());
        try {
            return (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException("the sample's token is not a JWT", e);
        }
    }

    /**
     * The event as API Gateway hands it to the function after its JWT authorizer verified a token with
     * {@code claims}: the token in the Authorization header (signed by nobody: the function trusts the
     * authorizer's check and reads the claims from the header), and the claims flattened to strings in
     * the request context, arrays as {@code [a b]}.
     */
    public static APIGatewayV2HTTPEvent withLogin(APIGatewayV2HTTPEvent event, ObjectNode claims) {
        Map<String, String> flattened = new HashMap<>();
        claims.fields().forEachRemaining(claim -> flattened.put(claim.getKey(), flattened(claim.getValue())));
        event.getRequestContext().getAuthorizer().getJwt().setClaims(flattened);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String token = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"sample\"}".getBytes(StandardCharsets.UTF_8))
                + "." + base64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".c2FtcGxlLXNpZ25hdHVyZQ";
        return withHeader(event, "authorization", "Bearer " + token);
    }

    private static String flattened(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return "[" + String.join(" ", items) + "]";
        }
        return value.isValueNode() ? value.asText() : value.toString();
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
