package org.gongjiang.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.campaign.application.CampaignAdministration;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.dynamodb.DynamoCampaignStore;
import org.gongjiang.campaign.handler.CreateCampaignHandler;
import org.gongjiang.nomination.application.NominationService;
import org.gongjiang.nomination.dynamodb.DynamoNominationStore;
import org.gongjiang.review.dynamodb.DynamoReviewStore;
import org.gongjiang.nomination.handler.AmendNominationHandler;
import org.gongjiang.nomination.handler.GetAuditTrailHandler;
import org.gongjiang.nomination.handler.GetNominationHandler;
import org.gongjiang.nomination.handler.ListNominationsHandler;
import org.gongjiang.nomination.handler.SubmitNominationHandler;
import org.gongjiang.nomination.handler.WithdrawNominationHandler;
import org.gongjiang.platform.model.KeyedHasher;
import org.gongjiang.attachment.application.AttachmentService;
import org.gongjiang.attachment.dynamodb.DynamoAttachmentStore;
import org.gongjiang.review.application.NomineePhotos;
import org.gongjiang.review.application.NoticeService;
import org.gongjiang.review.application.RankingService;
import org.gongjiang.review.application.ReviewService;
import org.gongjiang.review.handler.AssignExpertsHandler;
import org.gongjiang.review.handler.FileObjectionHandler;
import org.gongjiang.review.handler.GetRankingHandler;
import org.gongjiang.review.handler.ListNoticesHandler;
import org.gongjiang.review.handler.ListObjectionsHandler;
import org.gongjiang.review.handler.ResolveObjectionHandler;
import org.gongjiang.review.handler.ReviewNominationHandler;
import org.gongjiang.review.handler.ScoreNominationHandler;

/**
 * A campaign of its own (created through the admin handler from the sample configuration, with its
 * nomination window open at the clock's time) and the nomination handlers on the real stores.
 */
public final class NominationFixture {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final KeyedHasher PERSONAL_DATA = KeyedHasher.fromSecret("personal-data-key-".repeat(4));
    public static final String NOMINATIONS = "NominationsTable";

    public final String campaignId;
    public final Clock clock;
    public final DynamoNominationStore store;
    public final DynamoReviewStore reviews;
    public final SubmitNominationHandler submit;
    public final ListNominationsHandler list;
    public final GetNominationHandler get;
    public final AmendNominationHandler amend;
    public final WithdrawNominationHandler withdraw;
    public final GetAuditTrailHandler audit;
    public final ReviewNominationHandler review;
    public final AssignExpertsHandler assign;
    public final ScoreNominationHandler score;
    public final ListNoticesHandler notices;
    public final FileObjectionHandler object;
    public final ListObjectionsHandler objections;
    public final ResolveObjectionHandler resolve;
    public final GetRankingHandler ranking;

    public NominationFixture(Clock clock, ObjectNode configuration) {
        this.clock = clock;
        this.campaignId = TestDynamo.campaignId("nom");
        DynamoCampaignStore campaigns = new DynamoCampaignStore(TestDynamo.client(), TestDynamo.CAMPAIGNS);
        APIGatewayV2HTTPEvent create = Events.http("CreateCampaignFunction/create.201.json");
        create.setBody(configuration.deepCopy().put("campaignId", campaignId).toString());
        APIGatewayV2HTTPResponse created = new CreateCampaignHandler(new CampaignAdministration(campaigns, clock), clock)
                .handleRequest(create, null);
        if (created.getStatusCode() != 201) {
            throw new IllegalStateException(created.getBody());
        }
        store = new DynamoNominationStore(TestDynamo.client(), NOMINATIONS, TestDynamo.CAMPAIGNS);
        reviews = new DynamoReviewStore(TestDynamo.client(), NOMINATIONS, TestDynamo.CAMPAIGNS, Optional.of(TestDynamo.CANDIDATES));
        NominationService service = new NominationService(new CampaignDirectory(campaigns, clock, Duration.ZERO), store,
                () -> PERSONAL_DATA, clock);
        submit = new SubmitNominationHandler(service, clock);
        list = new ListNominationsHandler(service, clock);
        get = new GetNominationHandler(service, clock);
        amend = new AmendNominationHandler(service, clock);
        withdraw = new WithdrawNominationHandler(service, clock);
        audit = new GetAuditTrailHandler(service, clock);
        CampaignDirectory directory = new CampaignDirectory(campaigns, clock, Duration.ZERO);
        ReviewService reviewService = new ReviewService(directory, store, reviews, photos(), clock);
        review = new ReviewNominationHandler(reviewService, clock);
        assign = new AssignExpertsHandler(reviewService, clock);
        score = new ScoreNominationHandler(reviewService, clock);
        NoticeService noticeService = new NoticeService(directory, store, reviews, () -> CampaignTestbed.HASHER, photos(), clock);
        notices = new ListNoticesHandler(noticeService, clock);
        object = new FileObjectionHandler(noticeService, clock);
        objections = new ListObjectionsHandler(noticeService, clock);
        resolve = new ResolveObjectionHandler(noticeService, clock);
        ranking = new GetRankingHandler(new RankingService(directory, store, CampaignTestbed.counters(), clock), clock);
    }

    /** A review step (qualify, shortlist, ...) by {@code subject} on a nomination, with a JSON body or none. */
    public APIGatewayV2HTTPResponse step(String action, String nominationId, String body, String subject, String... groups) {
        return step(action, nominationId, body, subject, Map.of(), groups);
    }

    /** The same by a login with further claims (a staff account's {@code creditCode}). */
    public APIGatewayV2HTTPResponse step(String action, String nominationId, String body, String subject, Map<String, String> claims,
                                         String... groups) {
        APIGatewayV2HTTPEvent event = event("ReviewNominationFunction/1-qualify.200.json", nominationId, subject, claims, groups);
        event.setRouteKey("POST /v1/campaigns/{campaignId}/nominations/{nominationId}/" + action);
        event.setRawPath(event.getRawPath() + "/" + action);
        event.setBody(body);
        return review.handleRequest(event, null);
    }

    public APIGatewayV2HTTPResponse assignExperts(String nominationId, String... experts) {
        APIGatewayV2HTTPEvent event = event("AssignExpertsFunction/assign.200.json", nominationId, "reviewer-1", Map.of(), "reviewer");
        event.setBody(JSON.createObjectNode().set("experts", JSON.valueToTree(List.of(experts))).toString());
        return assign.handleRequest(event, null);
    }

    public APIGatewayV2HTTPResponse score(String nominationId, String expert, int craft, int skill, int lead, int contribution) {
        return score(nominationId, expert, Map.of(), craft, skill, lead, contribution);
    }

    public APIGatewayV2HTTPResponse score(String nominationId, String expert, Map<String, String> claims, int craft, int skill, int lead,
                                          int contribution) {
        APIGatewayV2HTTPEvent event = event("ScoreNominationFunction/1-score.200.json", nominationId, expert, claims, "expert");
        event.setBody(("{\"scores\":{\"craftExpertise\":%d,\"superbSkill\":%d,\"leadingRole\":%d,\"outstandingContribution\":%d}}")
                .formatted(craft, skill, lead, contribution));
        return score.handleRequest(event, null);
    }

    public APIGatewayV2HTTPResponse object(String nominationId, String citizen, String text) {
        APIGatewayV2HTTPEvent event = event("FileObjectionFunction/not-on-notice.404.json", nominationId, citizen, Map.of());
        event.setRawPath("/v1/campaigns/" + campaignId + "/notices/" + nominationId + "/objections");
        event.setBody(JSON.createObjectNode().put("text", text).toString());
        return object.handleRequest(event, null);
    }

    public APIGatewayV2HTTPResponse resolve(String nominationId, String objectionId, String decision, String reason) {
        return resolve(nominationId, objectionId, decision, reason, "reviewer-1", Map.of());
    }

    public APIGatewayV2HTTPResponse resolve(String nominationId, String objectionId, String decision, String reason, String reviewer,
                                            Map<String, String> claims) {
        APIGatewayV2HTTPEvent event = event("ResolveObjectionFunction/unknown.404.json", nominationId, reviewer, claims, "reviewer");
        Map<String, String> path = new HashMap<>(event.getPathParameters());
        path.put("objectionId", objectionId);
        event.setPathParameters(path);
        event.setBody(JSON.createObjectNode().put("decision", decision).put("reason", reason).toString());
        return resolve.handleRequest(event, null);
    }

    public APIGatewayV2HTTPResponse publicNotices() {
        return notices.handleRequest(Events.forCampaign(Events.http("ListNoticesFunction/public.200.json"), campaignId, "/notices"), null);
    }

    public APIGatewayV2HTTPResponse ranking(String subject, String... groups) {
        return ranking.handleRequest(event("GetRankingFunction/reviewer.200.json", null, subject, Map.of(), groups), null);
    }

    /** The sample campaign with its nomination window around {@code now}. */
    public static ObjectNode openConfiguration(Instant now) {
        ObjectNode configuration = Events.sampleConfiguration();
        ((ObjectNode) configuration.path("nominationWindow")).put("opensAt", now.minus(Duration.ofDays(10)).toString())
                .put("closesAt", now.plus(Duration.ofDays(20)).toString());
        ((ObjectNode) configuration.path("votingWindow")).put("opensAt", now.plus(Duration.ofDays(40)).toString())
                .put("closesAt", now.plus(Duration.ofDays(50)).toString());
        configuration.put("enterpriseQuota", 2);
        return configuration;
    }

    /** The sample nomination body, editable. */
    public static ObjectNode sampleNomination() {
        try {
            return (ObjectNode) JSON.readTree(Events.http("SubmitNominationFunction/1-submit.201.json").getBody());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An actor's event on one of this campaign's nomination routes. */
    public APIGatewayV2HTTPEvent event(String sample, String nominationId, String subject, Map<String, String> claims, String... groups) {
        APIGatewayV2HTTPEvent event = Events.http(sample);
        Map<String, String> path = new HashMap<>();
        path.put("campaignId", campaignId);
        if (nominationId != null) {
            path.put("nominationId", nominationId);
        }
        event.setPathParameters(path);
        event.setRawPath("/v1/campaigns/" + campaignId + "/nominations" + (nominationId == null ? "" : "/" + nominationId));
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.remove("idempotency-key");
        event.setHeaders(headers);
        Events.asStaff(event, subject, groups);
        return Events.withClaims(event, claims);
    }

    public APIGatewayV2HTTPResponse submit(ObjectNode body, String clerk, String... headerPairs) {
        return submit(body, clerk, Map.of(), headerPairs);
    }

    /** A submission whose body is sent exactly as given (escapes, spacing, member order). */
    public APIGatewayV2HTTPResponse submitRaw(String body, String clerk, String... headerPairs) {
        APIGatewayV2HTTPEvent event = event("SubmitNominationFunction/1-submit.201.json", null, clerk, Map.of(), "enterprise");
        event.setBody(body);
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], headerPairs[i + 1]);
        }
        event.setHeaders(headers);
        return submit.handleRequest(event, null);
    }

    public APIGatewayV2HTTPResponse submit(ObjectNode body, String clerk, Map<String, String> claims, String... headerPairs) {
        APIGatewayV2HTTPEvent event = event("SubmitNominationFunction/1-submit.201.json", null, clerk, claims, "enterprise");
        event.setBody(body.toString());
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], headerPairs[i + 1]);
        }
        event.setHeaders(headers);
        return submit.handleRequest(event, null);
    }

    /** A sample nomination for another person of another enterprise. */
    public static ObjectNode nominationOf(String idNumber, String birthDate, String sex, String creditCode) {
        ObjectNode body = sampleNomination();
        ((ObjectNode) body.path("nominee")).put("idNumber", idNumber).put("birthDate", birthDate).put("sex", sex);
        ((ObjectNode) body.path("enterprise")).put("creditCode", creditCode);
        return body;
    }

    /** The photos the attachment records of the fixture's table hold, as the deployed wiring reads them. */
    private static NomineePhotos photos() {
        DynamoAttachmentStore attachments = new DynamoAttachmentStore(TestDynamo.client(), NOMINATIONS);
        return (campaignId, nominationId) -> AttachmentService.hasCheckedPhoto(attachments, campaignId, nominationId);
    }
}
