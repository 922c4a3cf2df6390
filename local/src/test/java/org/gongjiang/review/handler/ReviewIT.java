package org.gongjiang.review.handler;

import static org.gongjiang.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.dynamodb.DynamoCampaignStore;
import org.gongjiang.nomination.application.NominationStore.ChangeOutcome;
import org.gongjiang.nomination.model.AuditEntry;
import org.gongjiang.nomination.model.ExpertScore;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.ConflictException;
import org.gongjiang.platform.model.Role;
import org.gongjiang.review.application.NomineePhotos;
import org.gongjiang.review.application.ReviewService;
import org.gongjiang.review.application.ReviewStore;
import org.gongjiang.review.model.Objection;
import org.gongjiang.testing.Events;
import org.gongjiang.testing.MutableClock;
import org.gongjiang.testing.NominationFixture;
import org.gongjiang.testing.TestDynamo;
import org.gongjiang.voting.dynamodb.DynamoCandidateStore;
import org.gongjiang.voting.model.Candidate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The review through the real handlers on DynamoDB Local: each step only from the statuses the workflow allows,
 * blind expert scoring, the joint meeting's consent rule, the public notice with its objections, naming after the vote.
 */
class ReviewIT {

    private static final String QUALIFY = "{\"reason\":\"材料齐全，符合条件。\"}";

    private MutableClock clock;
    private NominationFixture fixture;

    @BeforeEach
    void campaignWithANomination() {
        clock = new MutableClock(Instant.parse("2026-11-21T02:00:00Z"));
        fixture = new NominationFixture(clock, NominationFixture.openConfiguration(clock.instant()));
        assertEquals(201, fixture.submit(NominationFixture.sampleNomination(), "clerk-1").getStatusCode());
    }

    private static JsonNode body(APIGatewayV2HTTPResponse response) {
        return Events.body(response);
    }


    private static void assertOk(APIGatewayV2HTTPResponse response) {
        assertTrue(response.getStatusCode() == 200 || response.getStatusCode() == 201, response.getBody());
    }

    private JsonNode asReviewer(String nominationId) {
        return body(fixture.get.handleRequest(fixture.event("GetNominationFunction/reviewer.200.json", nominationId, "reviewer-1",
                Map.of(), "reviewer"), null));
    }

    /** Takes N0001 to SCORED with three experts. */
    private void scored() {
        assertOk(fixture.step("qualify", "N0001", QUALIFY, "reviewer-1", "reviewer"));
        assertOk(fixture.assignExperts("N0001", "expert-a", "expert-b", "expert-c"));
        assertOk(fixture.score("N0001", "expert-a", 90, 90, 90, 90));
        assertOk(fixture.score("N0001", "expert-b", 80, 80, 80, 80));
        assertOk(fixture.score("N0001", "expert-c", 70, 70, 70, 70));
    }

    @Test
    void aNomineeGoesFromQualificationToNamedWinner() {
        assertOk(fixture.step("qualify", "N0001", QUALIFY, "reviewer-1", "reviewer"));
        assertEquals("QUALIFIED", asReviewer("N0001").path("status").asText());
        assertOk(fixture.assignExperts("N0001", "expert-a", "expert-b", "expert-c"));
        assertEquals("IN_REVIEW", asReviewer("N0001").path("status").asText());
        assertOk(fixture.score("N0001", "expert-a", 90, 90, 90, 90));
        assertOk(fixture.score("N0001", "expert-b", 80, 80, 80, 80));
        assertEquals("IN_REVIEW", asReviewer("N0001").path("status").asText(), "one expert still to score");
        APIGatewayV2HTTPResponse last = fixture.score("N0001", "expert-c", 70, 70, 70, 70);
        assertOk(last);
        JsonNode scored = asReviewer("N0001");
        assertEquals("SCORED", scored.path("status").asText());
        assertEquals(80.0, scored.path("expertScore").asDouble(), 1e-9);
        assertEquals(3, scored.path("scoresReceived").asInt());

        assertOk(fixture.step("shortlist", "N0001", "{\"tier\":\"gold\",\"reason\":\"联席会议一致通过\"}", "reviewer-1", "reviewer"));
        assertEquals("gold", asReviewer("N0001").path("proposedTier").asText());
        APIGatewayV2HTTPResponse onNotice = fixture.step("open-notice", "N0001", null, "reviewer-1", "reviewer");
        assertOk(onNotice);
        assertEquals(clock.instant().plus(Duration.ofDays(7)).toString(), body(onNotice).path("notice").path("closesAt").asText());

        JsonNode notices = body(fixture.publicNotices()).path("notices");
        assertEquals(1, notices.size());
        assertEquals("孙海生", notices.get(0).path("name").asText());
        for (String hidden : List.of("13912345678", "13687654321", "王丽", "370211198503151231", "********", "expert-", "clerk-1")) {
            assertFalse(notices.toString().contains(hidden), "a notice shows no " + hidden);
        }

        String running = assertProblem(fixture.step("finalize", "N0001", null, "reviewer-1", "reviewer"), 409, "notice-running")
                .path("detail").asText();
        assertTrue(running.matches(".*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(\\+08:00\\).*"),
                "the notice's end as the campaign's people read it, not an ISO instant: " + running);
        APIGatewayV2HTTPResponse objection = fixture.object("N0001", "wx-citizen-1", "据了解其中一项专利归属有争议。");
        assertEquals(201, objection.getStatusCode(), objection.getBody());
        clock.advance(Duration.ofDays(8));
        assertProblem(fixture.step("finalize", "N0001", null, "reviewer-1", "reviewer"), 409, "objections-open");
        assertOk(fixture.resolve("N0001", body(objection).path("objectionId").asText(), "dismiss", "经核实，专利归属清楚。"));
        APIGatewayV2HTTPResponse finalist = fixture.step("finalize", "N0001", "{}", "reviewer-1", "reviewer");
        assertOk(finalist);
        assertEquals("FINALIST", body(finalist).path("status").asText());
        List<Candidate> ballot = new DynamoCandidateStore(TestDynamo.client(), TestDynamo.CANDIDATES).list(fixture.campaignId);
        assertEquals(1, ballot.size());
        Candidate published = new Candidate(fixture.campaignId, "N0001", "孙海生", "青岛北海造船有限公司", "shipbuilding", "370211",
                "青岛市", "craftsman", "船体装配工", "扎根船坞二十一年，主持攻克大型集装箱船分段精度控制难题，带出徒弟四十余名。", Optional.empty(), false);
        assertEquals(published, ballot.getFirst(), "the ballot holds the public notice's profile, trade and citation included");

        assertProblem(fixture.step("name", "N0001", "{\"tier\":\"gold\"}", "reviewer-1", "reviewer"), 409, "voting-not-closed");
        JsonNode provisional = body(fixture.ranking("reviewer-1", "reviewer"));
        assertFalse(provisional.path("final").asBoolean());
        assertEquals(1, provisional.path("finalists").get(0).path("rank").asInt());
        assertEquals(0.6 * 80, provisional.path("finalists").get(0).path("combined").asDouble(), 1e-9, "no votes yet");

        clock.set(clock.instant().plus(Duration.ofDays(60)));
        assertProblem(fixture.step("name", "N0001", "{\"tier\":\"platinum\"}", "reviewer-1", "reviewer"), 400, "invalid-request");
        APIGatewayV2HTTPResponse named = fixture.step("name", "N0001", "{\"tier\":\"gold\",\"reason\":\"综合得分第一。\"}",
                "reviewer-1", "reviewer");
        assertOk(named);
        assertEquals("NAMED", body(named).path("status").asText());
        assertEquals("gold", body(named).path("tier").asText());
        assertEquals(List.of(published.named("gold")), new DynamoCandidateStore(TestDynamo.client(), TestDynamo.CANDIDATES)
                .list(fixture.campaignId), "the ballot knows the tier, for the public winners");
        assertTrue(body(fixture.ranking("reviewer-1", "reviewer")).path("final").asBoolean());

        JsonNode trail = body(fixture.audit.handleRequest(fixture.event("GetAuditTrailFunction/admin.200.json", "N0001", "admin-1",
                Map.of(), "admin"), null)).path("entries");
        List<String> steps = new ArrayList<>();
        trail.forEach(entry -> steps.add(entry.path("action").asText() + "->" + entry.path("to").asText()));
        assertEquals(List.of("submit->SUBMITTED", "qualify->QUALIFIED", "assign-experts->IN_REVIEW", "score->IN_REVIEW",
                "score->IN_REVIEW", "score->SCORED", "shortlist->SHORTLISTED", "open-notice->ON_NOTICE",
                "finalize->FINALIST", "name->NAMED"), steps);
        assertEquals("材料齐全，符合条件。", trail.get(1).path("reason").asText());
        assertEquals("综合得分第一。", trail.get(9).path("reason").asText(), "naming records its reason like every step");
        assertEquals("reviewer-1", trail.get(1).path("actor").asText());
        assertEquals("expert-c", trail.get(5).path("actor").asText());
        var progress = new DynamoCampaignStore(TestDynamo.client(), TestDynamo.CAMPAIGNS).findStored(fixture.campaignId).orElseThrow().progress();
        assertEquals(3, progress.scoresSubmitted());
        assertEquals(1, progress.winnersNamed());
    }

    @Test
    void aFinalistDisqualifiedForBoughtVotesLeavesTheBallotAndTheRankingWithTheStepAudited() {
        scored();
        assertOk(fixture.step("shortlist", "N0001", "{\"tier\":\"gold\"}", "reviewer-1", "reviewer"));
        assertOk(fixture.step("open-notice", "N0001", null, "reviewer-1", "reviewer"));
        clock.advance(Duration.ofDays(8));
        assertOk(fixture.step("finalize", "N0001", "{}", "reviewer-1", "reviewer"));
        DynamoCandidateStore ballot = new DynamoCandidateStore(TestDynamo.client(), TestDynamo.CANDIDATES);
        assertEquals(1, ballot.list(fixture.campaignId).size());

        assertProblem(fixture.step("disqualify", "N0001", "{}", "reviewer-1", "reviewer"), 400, "invalid-request");
        assertProblem(fixture.step("disqualify", "N0001", "{\"reason\":\"刷票。\"}", "auditor-1", "auditor"), 403, "role-required");
        assertEquals(1, ballot.list(fixture.campaignId).size(), "a refused step changes nothing");
        APIGatewayV2HTTPResponse disqualified = fixture.step("disqualify", "N0001",
                "{\"reason\":\"经审计核实组织刷票，依活动规则取消候选人资格。\"}", "reviewer-1", "reviewer");
        assertOk(disqualified);
        assertEquals("DISQUALIFIED", body(disqualified).path("status").asText());
        assertEquals(List.of(), ballot.list(fixture.campaignId), "off the ballot");
        assertEquals(0, body(fixture.ranking("reviewer-1", "reviewer")).path("finalists").size());
        assertProblem(fixture.step("disqualify", "N0001", "{\"reason\":\"再次。\"}", "reviewer-1", "reviewer"), 409,
                "invalid-transition");
        JsonNode trail = body(fixture.audit.handleRequest(fixture.event("GetAuditTrailFunction/admin.200.json", "N0001", "admin-1",
                Map.of(), "admin"), null)).path("entries");
        JsonNode last = trail.get(trail.size() - 1);
        assertEquals("disqualify", last.path("action").asText());
        assertEquals("FINALIST", last.path("from").asText());
        assertEquals("DISQUALIFIED", last.path("to").asText());
        assertEquals("经审计核实组织刷票，依活动规则取消候选人资格。", last.path("reason").asText());
    }

    @Test
    void everyInvalidTransitionIsA409ThatSaysWhatIsAllowed() {
        APIGatewayV2HTTPResponse shortlist = fixture.step("shortlist", "N0001", "{\"tier\":\"gold\"}", "reviewer-1", "reviewer");
        assertProblem(shortlist, 409, "invalid-transition");
        assertEquals(409, body(shortlist).path("status").asInt(), "status is the HTTP status, as RFC 9457 has it");
        assertEquals("SUBMITTED", body(shortlist).path("nominationStatus").asText());
        List<String> allowed = new ArrayList<>();
        body(shortlist).path("allowedActions").forEach(a -> allowed.add(a.asText()));
        assertEquals(List.of("amend", "withdraw", "qualify", "disqualify"), allowed);
        for (String action : List.of("reject", "open-notice", "finalize", "name")) {
            String stepBody = action.equals("name") ? "{\"tier\":\"gold\"}" : action.equals("reject") ? "{\"reason\":\"x\"}" : null;
            assertProblem(fixture.step(action, "N0001", stepBody, "reviewer-1", "reviewer"), 409, "invalid-transition");
        }
        assertProblem(fixture.score("N0001", "expert-a", 50, 50, 50, 50), 404, "nomination-not-found");

        assertOk(fixture.step("qualify", "N0001", QUALIFY, "reviewer-1", "reviewer"));
        assertProblem(fixture.step("qualify", "N0001", QUALIFY, "reviewer-1", "reviewer"), 409, "invalid-transition");
        assertProblem(fixture.step("disqualify", "N0001", QUALIFY, "reviewer-1", "reviewer"), 409, "invalid-transition");
        assertOk(fixture.assignExperts("N0001", "expert-a"));
        assertProblem(fixture.step("shortlist", "N0001", "{\"tier\":\"gold\"}", "reviewer-1", "reviewer"), 409, "invalid-transition");
        assertOk(fixture.score("N0001", "expert-a", 50, 50, 50, 50));
        assertProblem(fixture.score("N0001", "expert-a", 60, 60, 60, 60), 409, "invalid-transition");
        assertProblem(fixture.step("open-notice", "N0001", null, "reviewer-1", "reviewer"), 409, "invalid-transition");
        assertProblem(fixture.assignExperts("N0001", "expert-b"), 409, "invalid-transition");
        assertOk(fixture.step("reject", "N0001", "{\"reason\":\"未获推荐\"}", "reviewer-1", "reviewer"));
        APIGatewayV2HTTPResponse terminal = fixture.step("shortlist", "N0001", "{\"tier\":\"gold\"}", "reviewer-1", "reviewer");
        assertProblem(terminal, 409, "invalid-transition");
        assertEquals(0, body(terminal).path("allowedActions").size());
    }

    @Test
    void onlyReviewersTakeReviewStepsAndOnlyAssignedExpertsScore() {
        assertProblem(fixture.step("qualify", "N0001", QUALIFY, "clerk-1", "enterprise"), 403, "role-required");
        assertProblem(fixture.step("qualify", "N0001", QUALIFY, "expert-a", "expert"), 403, "role-required");
        assertProblem(fixture.step("qualify", "N0001", "{}", "reviewer-1", "reviewer"), 400, "invalid-request");
        assertOk(fixture.step("qualify", "N0001", QUALIFY, "reviewer-1", "reviewer"));
        assertOk(fixture.assignExperts("N0001", "expert-a", "expert-b"));
        assertProblem(fixture.score("N0001", "expert-z", 50, 50, 50, 50), 404, "nomination-not-found");
        assertProblem(fixture.score("N0001", "expert-a", 101, 50, 50, 50), 400, "invalid-request");
        assertProblem(fixture.assignExperts("N0001", "expert-a", "expert-a"), 400, "invalid-request");
    }

    @Test
    void expertsScoreBlindAndSeeOnlyTheirAssignedNominationsWithoutPersonalData() {
        assertEquals(201, fixture.submit(NominationFixture.nominationOf("370211197906222140", "1979-06-22", "F",
                "91370211MA3D456CDX"), "clerk-9").getStatusCode());
        assertOk(fixture.step("qualify", "N0001", QUALIFY, "reviewer-1", "reviewer"));
        assertOk(fixture.assignExperts("N0001", "expert-a", "expert-b"));
        assertOk(fixture.score("N0001", "expert-b", 55, 66, 77, 88));

        JsonNode mine = body(fixture.list.handleRequest(fixture.event("ListNominationsFunction/own.200.json", null, "expert-a",
                Map.of(), "expert"), null)).path("nominations");
        assertEquals(1, mine.size(), "only the assigned nomination");
        JsonNode view = mine.get(0);
        // the campaign id is random and may itself hold "55" or "88": the scores are looked for elsewhere
        String shown = ((com.fasterxml.jackson.databind.node.ObjectNode) view.deepCopy()).without("campaignId").toString();
        for (String hidden : List.of("expert-b", "experts", "55", "88", "expertScore", "scoresReceived", "13912345678", "王丽",
                "idNumberMasked", "creditCode", "mobile")) {
            assertFalse(shown.contains(hidden), "an expert does not see " + hidden + ": " + view);
        }
        assertFalse(view.has("myScores"));
        assertOk(fixture.score("N0001", "expert-a", 91, 92, 93, 94));
        JsonNode after = body(fixture.get.handleRequest(fixture.event("GetNominationFunction/reviewer.200.json", "N0001", "expert-a",
                Map.of(), "expert"), null));
        assertEquals(91, after.path("myScores").path("craftExpertise").asInt());
        assertFalse(((com.fasterxml.jackson.databind.node.ObjectNode) after.deepCopy()).without("campaignId").toString().contains("88"),
                "still not the other expert's scores");
        APIGatewayV2HTTPResponse submitterView = fixture.get.handleRequest(fixture.event("GetNominationFunction/reviewer.200.json", "N0001",
                "clerk-1", Map.of(), "enterprise"), null);
        assertEquals(200, submitterView.getStatusCode(), submitterView.getBody());
        JsonNode enterprise = body(submitterView);
        assertEquals("N0001", enterprise.path("nominationId").asText());
        for (String hidden : List.of("expert-a", "expert-b", "expertScore", "myScores", "craftExpertise", "scoresReceived", "mobile")) {
            assertFalse(enterprise.toString().contains(hidden), "an enterprise does not see " + hidden);
        }
    }

    @Test
    void anExpertWhoScoresWhileTheReviewerChangesTheExpertsIsNeverDropped() {
        assertOk(fixture.step("qualify", "N0001", QUALIFY, "reviewer-1", "reviewer"));
        assertOk(fixture.assignExperts("N0001", "expert-a", "expert-b"));
        // The reviewer's request has read the scores (none yet) when expert-a's score lands: its check passed
        // on what it read, and only the nomination's version can still stop it.
        AtomicBoolean scoredInBetween = new AtomicBoolean();
        ReviewStore interleaving = new InterleavingReviewStore(fixture.reviews, () -> {
            if (scoredInBetween.compareAndSet(false, true)) {
                assertOk(fixture.score("N0001", "expert-a", 90, 90, 90, 90));
            }
        });
        CampaignDirectory directory = new CampaignDirectory(new DynamoCampaignStore(TestDynamo.client(), TestDynamo.CAMPAIGNS),
                clock, Duration.ZERO);
        ReviewService racing = new ReviewService(directory, fixture.store, interleaving, NomineePhotos.NONE, clock);
        Actor reviewer = new Actor("https://login.local.gongjiang.test/", "reviewer-1", Set.of(Role.REVIEWER), Optional.empty());
        ConflictException refused = assertThrows(ConflictException.class,
                () -> racing.assignExperts(reviewer, fixture.campaignId, "N0001", List.of("expert-b", "expert-c")));
        assertEquals("concurrent-update", refused.type());
        JsonNode after = asReviewer("N0001");
        assertEquals(List.of("expert-a", "expert-b"), List.of(after.path("experts").get(0).asText(), after.path("experts").get(1).asText()));
        assertEquals(1, after.path("scoresReceived").asInt(), "expert-a's score stands");
        assertProblem(fixture.assignExperts("N0001", "expert-b", "expert-c"), 409, "expert-scored");
    }

    /** The review store, running {@code meanwhile} just after the scores are read. */
    private record InterleavingReviewStore(ReviewStore delegate, Runnable meanwhile) implements ReviewStore {
        @Override
        public List<ExpertScore> scores(String campaignId, String nominationId) {
            List<ExpertScore> read = delegate.scores(campaignId, nominationId);
            meanwhile.run();
            return read;
        }

        @Override
        public ChangeOutcome step(Nomination changed, long expectedVersion, AuditEntry audit, StepEffects effects) {
            return delegate.step(changed, expectedVersion, audit, effects);
        }

        @Override
        public ChangeOutcome recordScore(ExpertScore score, Nomination changed, long expectedVersion, AuditEntry audit) {
            return delegate.recordScore(score, changed, expectedVersion, audit);
        }

        @Override
        public ObjectionOutcome file(Objection objection) {
            return delegate.file(objection);
        }

        @Override
        public List<Objection> objections(String campaignId, String nominationId) {
            return delegate.objections(campaignId, nominationId);
        }

        @Override
        public Optional<Objection> objection(String campaignId, String nominationId, String objectionId) {
            return delegate.objection(campaignId, nominationId, objectionId);
        }

        @Override
        public ChangeOutcome resolve(Objection resolved, Optional<Rejection> rejection) {
            return delegate.resolve(resolved, rejection);
        }
    }

    @Test
    void theBallotIsFixedBeforeTheVoteNoticesMustCloseBeforeItAndNoFinalistJoinsAfterItOpens() {
        scored();
        assertOk(fixture.step("shortlist", "N0001", "{\"tier\":\"gold\"}", "reviewer-1", "reviewer"));
        clock.set(Instant.parse("2026-12-26T02:00:00Z")); // voting opens 12-31, a notice runs seven days
        JsonNode tooLate = assertProblem(fixture.step("open-notice", "N0001", null, "reviewer-1", "reviewer"), 409, "notice-too-late");
        assertEquals("P7D", tooLate.path("publicNotice").asText());
        assertEquals("SHORTLISTED", asReviewer("N0001").path("status").asText());

        clock.set(Instant.parse("2026-12-20T02:00:00Z"));
        assertOk(fixture.step("open-notice", "N0001", null, "reviewer-1", "reviewer"));
        clock.set(Instant.parse("2026-12-31T03:00:00Z"));
        assertProblem(fixture.step("finalize", "N0001", null, "reviewer-1", "reviewer"), 409, "ballot-closed");
        assertEquals("ON_NOTICE", asReviewer("N0001").path("status").asText());
        assertEquals(0, new DynamoCandidateStore(TestDynamo.client(), TestDynamo.CANDIDATES).list(fixture.campaignId).size(), "nobody joined the ballot mid-vote");
        clock.set(Instant.parse("2027-01-11T00:00:00Z"));
        assertProblem(fixture.step("name", "N0001", "{\"tier\":\"gold\"}", "reviewer-1", "reviewer"), 409, "invalid-transition");
    }

    @Test
    void whoeverSubmittedANominationNeitherReviewsNorScoresIt() {
        assertProblem(fixture.step("qualify", "N0001", QUALIFY, "clerk-1", "enterprise", "reviewer"), 403, "own-nomination");
        assertEquals("SUBMITTED", asReviewer("N0001").path("status").asText());
        assertOk(fixture.step("qualify", "N0001", QUALIFY, "reviewer-1", "reviewer"));
        assertProblem(fixture.score("N0001", "clerk-1", 99, 99, 99, 99), 404, "nomination-not-found");
    }

    @Test
    void theSubmitterCannotBePutOnTheNominationsExpertPanelSoNoPanelIsBlockedByAnExpertWhoMayNotScore() {
        assertOk(fixture.step("qualify", "N0001", QUALIFY, "reviewer-1", "reviewer"));
        JsonNode refused = assertProblem(fixture.assignExperts("N0001", "expert-a", "clerk-1"), 409, "expert-conflict-of-interest");
        assertEquals("[\"clerk-1\"]", refused.path("experts").toString());
        JsonNode nomination = asReviewer("N0001");
        assertEquals("QUALIFIED", nomination.path("status").asText(), "nothing written");
        assertEquals(0, nomination.path("experts").size());
        assertOk(fixture.assignExperts("N0001", "expert-a", "expert-b"));
        assertOk(fixture.assignExperts("N0001", "expert-a"));
        assertProblem(fixture.assignExperts("N0001", "expert-a", "clerk-1"), 409, "expert-conflict-of-interest");
        assertEquals(List.of("expert-a"), texts(asReviewer("N0001").path("experts")));
    }

    @Test
    void aStaffLoginOfTheNominatingEnterpriseDecidesNothingOnAColleaguesNomination() {
        Map<String, String> colleague = Map.of("creditCode", "91370211MA3C123AB5"); // the sample nomination's enterprise
        Map<String, String> otherEnterprise = Map.of("creditCode", "91370211MA3D456CDX");
        JsonNode refused = assertProblem(fixture.step("qualify", "N0001", QUALIFY, "reviewer-2", colleague, "reviewer"), 403,
                "conflict-of-interest");
        assertTrue(refused.path("detail").asText().contains("N0001"), refused.toString());
        assertProblem(fixture.step("disqualify", "N0001", QUALIFY, "reviewer-2", colleague, "reviewer"), 403, "conflict-of-interest");
        assertEquals("SUBMITTED", asReviewer("N0001").path("status").asText(), "nothing written");
        assertOk(fixture.step("qualify", "N0001", QUALIFY, "reviewer-3", otherEnterprise, "reviewer"));

        assertOk(fixture.assignExperts("N0001", "expert-a", "expert-b"));
        assertProblem(fixture.score("N0001", "expert-a", colleague, 99, 99, 99, 99), 403, "conflict-of-interest");
        assertOk(fixture.score("N0001", "expert-a", 80, 80, 80, 80));
        assertOk(fixture.score("N0001", "expert-b", otherEnterprise, 70, 70, 70, 70));
        assertProblem(fixture.step("shortlist", "N0001", "{\"tier\":\"silver\"}", "reviewer-2", colleague, "reviewer"), 403,
                "conflict-of-interest");
        assertOk(fixture.step("shortlist", "N0001", "{\"tier\":\"silver\"}", "reviewer-1", "reviewer"));
        assertOk(fixture.step("open-notice", "N0001", null, "reviewer-1", "reviewer"));
        String objectionId = body(fixture.object("N0001", "wx-citizen-1", "获奖证书与本人工种不符。")).path("objectionId").asText();
        assertProblem(fixture.resolve("N0001", objectionId, "dismiss", "经核实无误。", "reviewer-2", colleague), 403, "conflict-of-interest");
        assertProblem(fixture.resolve("N0001", objectionId, "dismiss", "经核实无误。", "clerk-1", Map.of()), 403, "own-nomination");
        assertOk(fixture.resolve("N0001", objectionId, "dismiss", "经核实无误。"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    @Test
    void withFiveExpertsTheHighestAndLowestScoresAreDropped() {
        assertOk(fixture.step("qualify", "N0001", QUALIFY, "reviewer-1", "reviewer"));
        assertOk(fixture.assignExperts("N0001", "e1", "e2", "e3", "e4", "e5"));
        int[] totals = {100, 80, 75, 85, 10};
        for (int i = 0; i < totals.length; i++) {
            assertOk(fixture.score("N0001", "e" + (i + 1), totals[i], totals[i], totals[i], totals[i]));
        }
        assertEquals(80.0, asReviewer("N0001").path("expertScore").asDouble(), 1e-9);
    }

    @Test
    void anExpertWhoScoredCannotBeUnassigned() {
        assertOk(fixture.step("qualify", "N0001", QUALIFY, "reviewer-1", "reviewer"));
        assertOk(fixture.assignExperts("N0001", "expert-a", "expert-b"));
        assertOk(fixture.score("N0001", "expert-a", 60, 60, 60, 60));
        assertProblem(fixture.assignExperts("N0001", "expert-b", "expert-c"), 409, "expert-scored");
        APIGatewayV2HTTPResponse replaced = fixture.assignExperts("N0001", "expert-a");
        assertOk(replaced);
        assertEquals("SCORED", body(replaced).path("status").asText(), "the remaining expert had scored");
    }

    @Test
    void withoutConsentToPublishANomineeIsNeverShortlistedNoticedOrPublic() {
        ObjectNode noConsent = NominationFixture.nominationOf("370211197906222140", "1979-06-22", "F", "91370211MA3D456CDX");
        ((ObjectNode) noConsent.path("consent")).put("publishProfile", false);
        assertEquals(201, fixture.submit(noConsent, "clerk-9").getStatusCode());
        assertOk(fixture.step("qualify", "N0002", QUALIFY, "reviewer-1", "reviewer"));
        assertOk(fixture.assignExperts("N0002", "expert-a"));
        assertOk(fixture.score("N0002", "expert-a", 99, 99, 99, 99));
        assertProblem(fixture.step("shortlist", "N0002", "{\"tier\":\"gold\"}", "reviewer-1", "reviewer"), 409, "consent-required");
        assertEquals("SCORED", asReviewer("N0002").path("status").asText());
        assertEquals(0, body(fixture.publicNotices()).path("notices").size());
        assertProblem(fixture.object("N0002", "wx-citizen-1", "?"), 404, "notice-not-found");
    }

    @Test
    void anUpheldObjectionRejectsTheNominationAndEachUserHasOneOpenObjectionAtATime() {
        scored();
        assertOk(fixture.step("shortlist", "N0001", "{\"tier\":\"silver\"}", "reviewer-1", "reviewer"));
        assertOk(fixture.step("open-notice", "N0001", null, "reviewer-1", "reviewer"));
        APIGatewayV2HTTPResponse first = fixture.object("N0001", "wx-citizen-1", "获奖证书与本人工种不符。");
        assertEquals(201, first.getStatusCode());
        assertProblem(fixture.object("N0001", "wx-citizen-1", "再补充一点。"), 409, "objection-already-open");
        clock.advance(Duration.ofMinutes(3));
        assertEquals(201, fixture.object("N0001", "wx-citizen-2", "同意上一条意见。").getStatusCode(), "another user may object");
        assertProblem(fixture.object("N0001", "wx-citizen-1", "x".repeat(1001)), 400, "invalid-request");

        JsonNode listed = body(fixture.objections.handleRequest(fixture.event("ListObjectionsFunction/reviewer.200.json", "N0001",
                "reviewer-1", Map.of(), "reviewer"), null)).path("objections");
        assertEquals(2, listed.size());
        assertFalse(listed.toString().contains("wx-citizen"), "objectors are never shown");
        assertEquals("获奖证书与本人工种不符。", listed.get(0).path("text").asText());

        String objectionId = body(first).path("objectionId").asText();
        APIGatewayV2HTTPResponse upheld = fixture.resolve("N0001", objectionId, "uphold", "经核实，获奖证书不属实。");
        assertOk(upheld);
        assertEquals("UPHELD", body(upheld).path("status").asText());
        assertEquals("REJECTED", asReviewer("N0001").path("status").asText());
        assertEquals("经核实，获奖证书不属实。", asReviewer("N0001").path("reason").asText());
        assertProblem(fixture.resolve("N0001", objectionId, "dismiss", "x"), 409, "objection-resolved");
        assertEquals(0, body(fixture.publicNotices()).path("notices").size());
        clock.advance(Duration.ofDays(8));
        assertProblem(fixture.step("finalize", "N0001", null, "reviewer-1", "reviewer"), 409, "invalid-transition");
        List<Candidate> ballot = new DynamoCandidateStore(TestDynamo.client(), TestDynamo.CANDIDATES).list(fixture.campaignId);
        assertEquals(List.of(), ballot);
    }

    @Test
    void objectionsAreTakenOnlyWhileTheNoticeRuns() {
        scored();
        assertOk(fixture.step("shortlist", "N0001", "{\"tier\":\"silver\"}", "reviewer-1", "reviewer"));
        assertOk(fixture.step("open-notice", "N0001", null, "reviewer-1", "reviewer"));
        clock.advance(Duration.ofDays(7));
        assertProblem(fixture.object("N0001", "wx-citizen-1", "太晚了吗？"), 403, "notice-closed");
    }

    @Test
    void scoresAndObjectionsExpireWithThePersonalData() {
        scored();
        assertOk(fixture.step("shortlist", "N0001", "{\"tier\":\"silver\"}", "reviewer-1", "reviewer"));
        assertOk(fixture.step("open-notice", "N0001", null, "reviewer-1", "reviewer"));
        assertEquals(201, fixture.object("N0001", "wx-citizen-1", "意见").getStatusCode());
        long expected = clock.instant().plus(Duration.ofDays(50)).plus(Duration.ofDays(365)).getEpochSecond();
        List<Map<String, AttributeValue>> items = TestDynamo.itemsWithPrefix(NominationFixture.NOMINATIONS, "pk",
                "nomination#" + fixture.campaignId + "#N0001");
        assertTrue(items.stream().anyMatch(i -> i.get("sk").s().startsWith("expert#")));
        assertTrue(items.stream().anyMatch(i -> i.get("sk").s().startsWith("objection#")));
        for (Map<String, AttributeValue> item : items) {
            assertEquals(Long.toString(expected), item.get("expiresAt").n(), item.get("sk").s());
        }
    }
}
