package org.gongjiang.nomination.handler;

import static org.gongjiang.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongjiang.testing.Events;
import org.gongjiang.testing.MutableClock;
import org.gongjiang.testing.NominationFixture;
import org.gongjiang.testing.TestDynamo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Nominations through the real handlers on DynamoDB Local: identifiers and eligibility checked with every error listed,
 * the enterprise quota, one nomination per person per campaign, Idempotency-Key, who sees which side of a nomination.
 */
class NominationsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String OTHER_ID = "370211197906222140";   // born 1979-06-22, F
    private static final String THIRD_ID = "370202199001012029";   // born 1990-01-01, F
    private static final String FOREIGN_ID = "910370198808083213"; // foreign permanent resident, 1988-08-08, M
    private static final String STUDENT_ID = "370211200705050017"; // born 2007-05-05, M
    private static final String OUR_CODE = "91370211MA3C123AB5";
    private static final String OTHER_CODE = "91370211MA3D456CDX";

    private MutableClock clock;
    private NominationFixture fixture;

    @BeforeEach
    void openCampaign() {
        clock = new MutableClock(Instant.parse("2026-11-21T02:00:00Z"));
        fixture = new NominationFixture(clock, NominationFixture.openConfiguration(clock.instant()));
    }

    private static JsonNode body(APIGatewayV2HTTPResponse response) {
        return Events.body(response);
    }


    private List<Map<String, AttributeValue>> itemsOfCampaign() {
        return TestDynamo.itemsWithPrefix(NominationFixture.NOMINATIONS, "pk", "campaign#" + fixture.campaignId);
    }

    private APIGatewayV2HTTPResponse get(String nominationId, String subject, String... groups) {
        return fixture.get.handleRequest(fixture.event("GetNominationFunction/reviewer.200.json", nominationId, subject, Map.of(), groups), null);
    }

    private APIGatewayV2HTTPResponse listAs(String subject, Map<String, String> claims, String... groups) {
        return fixture.list.handleRequest(fixture.event("ListNominationsFunction/own.200.json", null, subject, claims, groups), null);
    }

    @Test
    void anEnterpriseSubmitsANominationAndOnlyAKeyedHashOfTheIdentityNumberIsStored() {
        APIGatewayV2HTTPResponse submitted = fixture.submit(NominationFixture.sampleNomination(), "clerk-1");

        assertEquals(201, submitted.getStatusCode(), submitted.getBody());
        assertEquals("N0001", body(submitted).path("nominationId").asText());
        assertEquals("SUBMITTED", body(submitted).path("status").asText());
        assertEquals("/v1/campaigns/" + fixture.campaignId + "/nominations/N0001", submitted.getHeaders().get("Location"));
        String everything = itemsOfCampaign().toString() + TestDynamo.itemsWithPrefix(NominationFixture.NOMINATIONS, "pk",
                "nomination#" + fixture.campaignId).toString();
        assertFalse(everything.contains("370211198503151231"), "the identity number is never stored in clear");
        var stored = fixture.store.find(fixture.campaignId, "N0001").orElseThrow();
        assertEquals("370211********1231", stored.nominee().idMasked());
        assertEquals(1985, stored.nominee().birthYear());
        assertEquals(NominationFixture.PERSONAL_DATA.hash(fixture.campaignId, "370211198503151231"), stored.nominee().idHash());
        assertEquals("13912345678", stored.nominee().mobile(), "+86 is dropped");
    }

    @Test
    void everyPersonalItemExpiresByTtlTheRetentionPeriodAfterTheCampaignCloses() {
        assertEquals(201, fixture.submit(NominationFixture.sampleNomination(), "clerk-1").getStatusCode());
        long expected = clock.instant().plus(Duration.ofDays(50)).plus(Duration.ofDays(365)).getEpochSecond();
        List<Map<String, AttributeValue>> items = new ArrayList<>(itemsOfCampaign());
        items.addAll(TestDynamo.itemsWithPrefix(NominationFixture.NOMINATIONS, "pk", "nomination#" + fixture.campaignId));
        for (Map<String, AttributeValue> item : items) {
            String sk = item.get("sk").s();
            if (sk.equals("sequence")) {
                continue; // a number, nothing personal
            }
            assertEquals(Long.toString(expected), item.get("expiresAt") == null ? null : item.get("expiresAt").n(), sk);
        }
        assertTrue(items.size() >= 4, "nomination, person marker, quota, audit entry: " + items.size());
    }

    @Test
    void textNobodyTypesIsRefusedAndNothingIsStored() {
        Map<String, String> names = new LinkedHashMap<>(); // as JSON escapes in the body
        names.put("NUL", "孙\\u0000海生");
        names.put("bidi override", "\\u202E生海孙");
        names.put("zero-width space", "孙\\u200B海生");
        names.put("bytes that were not UTF-8", "\\uFFFD\\uFFFD海生");
        names.put("lone surrogate", "孙\\uD800海生");
        names.put("line break", "孙\\n海生");
        for (Map.Entry<String, String> name : names.entrySet()) {
            String body = NominationFixture.sampleNomination().toString().replace("\"孙海生\"", "\"" + name.getValue() + "\"");
            APIGatewayV2HTTPResponse refused = fixture.submitRaw(body, "clerk-1");
            assertProblem(refused, 400, "invalid-request");
            assertEquals("/nominee/name", body(refused).path("errors").get(0).path("pointer").asText(), name.getKey());
            assertEquals("character", body(refused).path("errors").get(0).path("code").asText(), name.getKey());
        }
        ObjectNode multiLine = NominationFixture.sampleNomination();
        ((ObjectNode) multiLine.path("nominee")).put("citation", "扎根船坞二十一年。\n带出徒弟四十余名。");
        assertEquals(201, fixture.submit(multiLine, "clerk-1").getStatusCode(), "a citation may have paragraphs");
        assertEquals(1, itemsOfCampaign().stream().filter(i -> i.get("sk").s().startsWith("nomination#")).count());
    }

    @Test
    void aNameOfHangulFillersAndALineSeparatorInAOneLineFieldAreRefusedAsTheSampleSays() {
        String sample = Events.http("SubmitNominationFunction/6-name-renders-blank.400.json").getBody();
        assertEquals(Set.of("/nominee/name:character", "/nominee/trade:character"), errors(fixture.submitRaw(sample, "clerk-1")));
        Map<String, String> blankLooking = new LinkedHashMap<>(); // as JSON escapes in the body
        blankLooking.put("Hangul choseong filler", "\\u115F");
        blankLooking.put("Hangul jungseong filler", "孙\\u1160");
        blankLooking.put("halfwidth Hangul filler", "\\uFFA0\\uFFA0");
        blankLooking.put("Braille blank", "\\u2800");
        blankLooking.put("paragraph separator", "孙\\u2029海生");
        blankLooking.put("no-break spaces only", "\\u00A0\\u202F");
        for (Map.Entry<String, String> name : blankLooking.entrySet()) {
            String body = NominationFixture.sampleNomination().toString().replace("\"孙海生\"", "\"" + name.getValue() + "\"");
            Set<String> refused = errors(fixture.submitRaw(body, "clerk-1"));
            assertTrue(refused.equals(Set.of("/nominee/name:character")) || refused.equals(Set.of("/nominee/name:length")),
                    name.getKey() + ": " + refused);
        }
        ObjectNode paragraphs = NominationFixture.sampleNomination();
        ((ObjectNode) paragraphs.path("nominee")).put("citation", "扎根船坞二十一年。\u2029带出徒弟四十余名。");
        assertEquals(201, fixture.submit(paragraphs, "clerk-1").getStatusCode(), "a citation may have paragraphs");
    }

    @Test
    void aPersonsNameThatBeginsLikeASpreadsheetFormulaIsRefusedButAnEnterpriseNameMayBeginSo() {
        for (String name : List.of("=1+1", "@SUM(A1)", "+1", "-1", "=HYPERLINK(\"http://x\")")) {
            ObjectNode body = NominationFixture.sampleNomination();
            ((ObjectNode) body.path("nominee")).put("name", name);
            ((ObjectNode) body.path("enterprise")).put("contactName", name);
            assertEquals(Set.of("/nominee/name:name", "/enterprise/contactName:name"), errors(fixture.submit(body, "clerk-1")), name);
        }
        assertEquals(List.of(), itemsOfCampaign());
        ObjectNode oddEnterprise = NominationFixture.sampleNomination();
        ((ObjectNode) oddEnterprise.path("enterprise")).put("name", "+86 精工有限公司");
        assertEquals(201, fixture.submit(oddEnterprise, "clerk-1").getStatusCode(), "the CSV files neutralise other texts");
    }

    @Test
    void aBodyInAnotherCharsetThanUtf8IsRefused() {
        APIGatewayV2HTTPResponse refused = fixture.submit(NominationFixture.sampleNomination(), "clerk-1",
                "content-type", "application/json; charset=gbk");
        assertProblem(refused, 400, "malformed-json");
        assertEquals(List.of(), itemsOfCampaign());
    }

    @Test
    void lengthsAreCountedInCharactersSoRareCharactersAndEmojiCountOnce() {
        ObjectNode body = NominationFixture.sampleNomination();
        ((ObjectNode) body.path("nominee")).put("name", "𬌗".repeat(50)).put("citation", "🛠".repeat(2000));
        APIGatewayV2HTTPResponse accepted = fixture.submit(body, "clerk-1");
        assertEquals(201, accepted.getStatusCode(), accepted.getBody());
        ((ObjectNode) body.path("nominee")).put("citation", "🛠".repeat(2001));
        assertProblem(fixture.submit(body, "clerk-2"), 400, "invalid-request");
    }

    @Test
    void aRefusedSubmissionUsesUpNoNominationNumber() {
        assertEquals("N0001", body(fixture.submit(NominationFixture.sampleNomination(), "clerk-1")).path("nominationId").asText());
        for (int i = 0; i < 3; i++) {
            assertProblem(fixture.submit(NominationFixture.sampleNomination(), "clerk-2"), 409, "duplicate-nominee");
        }
        APIGatewayV2HTTPResponse next = fixture.submit(NominationFixture.nominationOf("370211197906222140", "1979-06-22", "F",
                "91370211MA3D456CDX"), "clerk-2");
        assertEquals("N0002", body(next).path("nominationId").asText(), next.getBody());
    }

    @Test
    void aRetryIsRecognisedWhateverTheSpacingAndMemberOrderOfItsJson() {
        ObjectNode body = NominationFixture.sampleNomination();
        APIGatewayV2HTTPResponse first = fixture.submit(body, "clerk-1", "idempotency-key", "retry-1");
        assertEquals(201, first.getStatusCode(), first.getBody());
        ObjectNode reordered = JSON.createObjectNode();
        reordered.set("consent", body.path("consent"));
        reordered.set("enterprise", body.path("enterprise"));
        reordered.set("nominee", body.path("nominee"));
        reordered.set("category", body.path("category"));
        APIGatewayV2HTTPResponse again = fixture.submitRaw(reordered.toPrettyString(), "clerk-1", "idempotency-key", "retry-1");
        assertEquals(201, again.getStatusCode(), again.getBody());
        assertEquals("true", again.getHeaders().get("Idempotent-Replayed"));
        assertEquals("N0001", body(again).path("nominationId").asText());
    }

    @Test
    void aWrongMobileIsNotRepeatedInTheAnswer() {
        ObjectNode body = NominationFixture.sampleNomination();
        ((ObjectNode) body.path("nominee")).put("mobile", "+86 139 1234 5678");
        APIGatewayV2HTTPResponse refused = fixture.submit(body, "clerk-1");
        assertProblem(refused, 400, "invalid-request");
        for (String echoed : List.of("1234 5678", "139 1234", "13912345678")) {
            assertFalse(refused.getBody().contains(echoed), refused.getBody());
        }
    }

    @Test
    void aBadNominationIsRefusedWithEveryFieldErrorListedAndNothingWritten() {
        ObjectNode body = NominationFixture.sampleNomination();
        ObjectNode nominee = (ObjectNode) body.path("nominee");
        nominee.put("mobile", "12345").put("region", "99").put("industry", "banking").put("yearsInTrade", -1)
                .put("citation", "长".repeat(2001)).put("height", 180);
        ((ObjectNode) body.path("enterprise")).put("creditCode", "91370211MA3C123AB6").put("contactMobile", "+85291234567");
        body.put("category", "hero");
        body.remove("consent");

        APIGatewayV2HTTPResponse refused = fixture.submit(body, "clerk-1", "Accept-Language", "en");

        assertProblem(refused, 400, "invalid-request");
        Set<String> pointers = new TreeSet<>();
        body(refused).path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
        assertEquals(new TreeSet<>(Set.of("/nominee/mobile", "/nominee/region", "/nominee/industry", "/nominee/yearsInTrade",
                "/nominee/citation", "/nominee/height", "/enterprise/creditCode", "/enterprise/contactMobile", "/category",
                "/consent")), pointers);
        body(refused).path("errors").forEach(e -> assertFalse(e.path("message").asText().isBlank()));
        assertEquals(List.of(), itemsOfCampaign(), "not even a number is used up");
    }

    @Test
    void theIdentityNumberMustAgreeWithTheFormAndTheCategorysRules() {
        ObjectNode mismatch = NominationFixture.sampleNomination();
        ((ObjectNode) mismatch.path("nominee")).put("birthDate", "1985-03-16").put("sex", "F");
        assertEquals(Set.of("/nominee/birthDate:mismatch", "/nominee/sex:mismatch"), errors(fixture.submit(mismatch, "clerk-1")));

        ObjectNode foreignInCraftsman = NominationFixture.nominationOf(FOREIGN_ID, "1988-08-08", "M", OUR_CODE);
        assertEquals(Set.of("/nominee/idNumber:resident-id-required"), errors(fixture.submit(foreignInCraftsman, "clerk-1")));

        ObjectNode residentInInternational = NominationFixture.sampleNomination().put("category", "international");
        assertEquals(Set.of("/nominee/idNumber:foreign-resident-required"), errors(fixture.submit(residentInInternational, "clerk-1")));

        ObjectNode notAStudent = NominationFixture.nominationOf(STUDENT_ID, "2007-05-05", "M", OUR_CODE).put("category", "eaglet");
        ((ObjectNode) notAStudent.path("nominee")).put("yearsInTrade", 2);
        assertEquals(Set.of("/nominee/vocationalStudent:eligibility"), errors(fixture.submit(notAStudent, "clerk-1")));

        ObjectNode tooYoungForCraftsman = NominationFixture.nominationOf(STUDENT_ID, "2007-05-05", "M", OUR_CODE);
        ((ObjectNode) tooYoungForCraftsman.path("nominee")).put("yearsInTrade", 10);
        assertEquals(Set.of("/nominee/birthDate:eligibility", "/nominee/yearsInTrade:implausible"),
                errors(fixture.submit(tooYoungForCraftsman, "clerk-1")));

        ObjectNode tooFewYears = NominationFixture.sampleNomination();
        ((ObjectNode) tooFewYears.path("nominee")).put("yearsInTrade", 9);
        assertEquals(Set.of("/nominee/yearsInTrade:eligibility"), errors(fixture.submit(tooFewYears, "clerk-1")));

        ObjectNode lowerCaseX = NominationFixture.nominationOf("11010519491231002x", "1949-12-31", "F", OUR_CODE);
        assertEquals(Set.of("/nominee/idNumber:lower-case-x"), errors(fixture.submit(lowerCaseX, "clerk-1")));

        ObjectNode student = NominationFixture.nominationOf(STUDENT_ID, "2007-05-05", "M", OUR_CODE).put("category", "eaglet");
        ((ObjectNode) student.path("nominee")).put("yearsInTrade", 2).put("vocationalStudent", true);
        assertEquals(201, fixture.submit(student, "clerk-1").getStatusCode());
        ObjectNode international = NominationFixture.nominationOf(FOREIGN_ID, "1988-08-08", "M", OUR_CODE).put("category", "international");
        assertEquals(201, fixture.submit(international, "clerk-1").getStatusCode());
    }

    private static Set<String> errors(APIGatewayV2HTTPResponse response) {
        assertProblem(response, 400, "invalid-request");
        Set<String> errors = new TreeSet<>();
        body(response).path("errors").forEach(e -> errors.add(e.path("pointer").asText() + ":" + e.path("code").asText()));
        return errors;
    }

    @Test
    void nominationsOutsideTheWindowAreRefused() {
        clock.set(clock.instant().plus(Duration.ofDays(21)));
        APIGatewayV2HTTPResponse late = fixture.submit(NominationFixture.sampleNomination(), "clerk-1");
        assertProblem(late, 403, "nomination-closed");
        assertTrue(body(late).path("nominationWindow").has("closesAt"));
        assertEquals(List.of(), itemsOfCampaign().stream().filter(i -> !i.get("sk").s().equals("sequence")).toList());
    }

    @Test
    void anEnterpriseNominatesAtMostItsQuotaAndAWithdrawalFreesASlot() {
        assertEquals(201, fixture.submit(NominationFixture.sampleNomination(), "clerk-1").getStatusCode());
        assertEquals(201, fixture.submit(NominationFixture.nominationOf(OTHER_ID, "1979-06-22", "F", OUR_CODE), "clerk-1").getStatusCode());
        APIGatewayV2HTTPResponse third = fixture.submit(NominationFixture.nominationOf(THIRD_ID, "1990-01-01", "F", OUR_CODE), "clerk-1");
        assertProblem(third, 409, "enterprise-quota-exhausted");
        assertEquals(2, body(third).path("enterpriseQuota").asInt());
        assertEquals(201, fixture.submit(NominationFixture.nominationOf(THIRD_ID, "1990-01-01", "F", OTHER_CODE), "clerk-9").getStatusCode(),
                "the quota is per enterprise");

        assertEquals(200, fixture.withdraw.handleRequest(fixture.event("WithdrawNominationFunction/1-withdraw.200.json", "N0001",
                "clerk-1", Map.of(), "enterprise"), null).getStatusCode());
        assertEquals(201, fixture.submit(NominationFixture.nominationOf("370211196001010018", "1960-01-01", "M", OUR_CODE), "clerk-1")
                .getStatusCode());
    }

    @Test
    void aPersonIsNominatedOnlyOncePerCampaignByAnyone() {
        assertEquals(201, fixture.submit(NominationFixture.sampleNomination(), "clerk-1").getStatusCode());
        ObjectNode sameByOthers = NominationFixture.sampleNomination();
        ((ObjectNode) sameByOthers.path("enterprise")).put("creditCode", OTHER_CODE).put("name", "另一家单位");
        APIGatewayV2HTTPResponse duplicate = fixture.submit(sameByOthers, "clerk-9");
        assertProblem(duplicate, 409, "duplicate-nominee");
        assertFalse(duplicate.getBody().contains("N0001"), "nothing about the other enterprise's nomination");
    }

    @Test
    void aRetriedSubmissionWithTheSameIdempotencyKeyAnswersTheSameAndCreatesNothing() throws Exception {
        ObjectNode body = NominationFixture.sampleNomination();
        APIGatewayV2HTTPResponse first = fixture.submit(body, "clerk-1", "idempotency-key", "key-123");
        APIGatewayV2HTTPResponse retry = fixture.submit(body, "clerk-1", "idempotency-key", "key-123");
        assertEquals(201, retry.getStatusCode());
        assertEquals(first.getBody(), retry.getBody());
        assertEquals("true", retry.getHeaders().get("Idempotent-Replayed"));
        assertEquals(1, fixture.store.list(fixture.campaignId).size());

        ObjectNode different = NominationFixture.nominationOf(OTHER_ID, "1979-06-22", "F", OUR_CODE);
        assertProblem(fixture.submit(different, "clerk-1", "idempotency-key", "key-123"), 409, "idempotency-key-reused");
        assertEquals(201, fixture.submit(different, "clerk-2", "idempotency-key", "key-123").getStatusCode(),
                "keys are per client");

        ObjectNode concurrent = NominationFixture.nominationOf(THIRD_ID, "1990-01-01", "F", OTHER_CODE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<APIGatewayV2HTTPResponse>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return fixture.submit(concurrent, "clerk-3", "idempotency-key", "key-xyz");
                }));
            }
            start.countDown();
            Set<String> ids = new TreeSet<>();
            for (Future<APIGatewayV2HTTPResponse> answer : answers) {
                assertEquals(201, answer.get().getStatusCode(), answer.get().getBody());
                ids.add(body(answer.get()).path("nominationId").asText());
            }
            assertEquals(1, ids.size(), "one nomination for eight tries: " + ids);
        }
        assertEquals(3, fixture.store.list(fixture.campaignId).size());
        assertProblem(fixture.submit(body, "clerk-1", "idempotency-key", "bad key with spaces"), 400, "invalid-request");
    }

    @Test
    void anEnterpriseSeesOnlyItsOwnNominationsAndNoOnesContactsMobilesOrIdentityNumber() {
        assertEquals(201, fixture.submit(NominationFixture.sampleNomination(), "clerk-1").getStatusCode());
        assertEquals(201, fixture.submit(NominationFixture.nominationOf(OTHER_ID, "1979-06-22", "F", OTHER_CODE), "clerk-9").getStatusCode());

        JsonNode own = body(listAs("clerk-1", Map.of(), "enterprise")).path("nominations");
        assertEquals(1, own.size());
        assertEquals("N0001", own.get(0).path("nominationId").asText());
        String ownText = own.toString();
        for (String secret : List.of("13912345678", "13687654321", "王丽", "370211198503151231", "370211********1231",
                "idNumberMasked", "contactName", "experts")) {
            assertFalse(ownText.contains(secret), "an enterprise does not see " + secret + ": " + ownText);
        }
        assertProblem(get("N0002", "clerk-1", "enterprise"), 404, "nomination-not-found");

        JsonNode review = body(get("N0001", "reviewer-1", "reviewer"));
        assertEquals("370211********1231", review.path("nominee").path("idNumberMasked").asText());
        assertEquals("13912345678", review.path("nominee").path("mobile").asText());
        assertEquals("王丽", review.path("enterprise").path("contactName").asText());
        assertEquals(List.of("qualify", "disqualify"), allowed(review).subList(2, 4));
        assertEquals(2, body(listAs("reviewer-1", Map.of(), "reviewer")).path("nominations").size());

        assertProblem(listAs("wx-voter", Map.of()), 403, "role-required");
        assertProblem(get("N0001", "expert-1", "expert"), 404, "nomination-not-found");
    }

    private static List<String> allowed(JsonNode view) {
        List<String> actions = new ArrayList<>();
        view.path("allowedActions").forEach(a -> actions.add(a.asText()));
        return actions;
    }

    @Test
    void clerksOfOneEnterpriseShareItsNominationsWhenTheLoginNamesTheEnterprise() {
        assertEquals(201, fixture.submit(NominationFixture.sampleNomination(), "clerk-a", Map.of("creditCode", OUR_CODE)).getStatusCode());
        assertEquals(1, body(listAs("clerk-b", Map.of("creditCode", OUR_CODE), "enterprise")).path("nominations").size());
        assertEquals(0, body(listAs("clerk-c", Map.of("creditCode", OTHER_CODE), "enterprise")).path("nominations").size());
        APIGatewayV2HTTPResponse forOthers = fixture.submit(NominationFixture.nominationOf(OTHER_ID, "1979-06-22", "F", OTHER_CODE),
                "clerk-a", Map.of("creditCode", OUR_CODE));
        assertProblem(forOthers, 403, "enterprise-mismatch");
    }

    @Test
    void aSubmittedNominationCanBeAmendedButNotItsEnterprise() {
        assertEquals(201, fixture.submit(NominationFixture.sampleNomination(), "clerk-1").getStatusCode());
        ObjectNode amended = NominationFixture.nominationOf(OTHER_ID, "1979-06-22", "F", OUR_CODE);
        ((ObjectNode) amended.path("nominee")).put("name", "李秀梅");
        APIGatewayV2HTTPEvent event = fixture.event("AmendNominationFunction/amend.200.json", "N0001", "clerk-1", Map.of(), "enterprise");
        event.setBody(amended.toString());
        APIGatewayV2HTTPResponse response = fixture.amend.handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("李秀梅", body(response).path("nominee").path("name").asText());

        assertEquals(201, fixture.submit(NominationFixture.nominationOf("370211198503151231", "1985-03-15", "M", OTHER_CODE), "clerk-9")
                .getStatusCode(), "the first nominee is free again");
        assertProblem(fixture.submit(NominationFixture.nominationOf(OTHER_ID, "1979-06-22", "F", OTHER_CODE), "clerk-9"),
                409, "duplicate-nominee");

        ObjectNode otherEnterprise = NominationFixture.nominationOf(OTHER_ID, "1979-06-22", "F", OTHER_CODE);
        event.setBody(otherEnterprise.toString());
        assertEquals(Set.of("/enterprise/creditCode:immutable"), errors(fixture.amend.handleRequest(event, null)));
    }

    @Test
    void aWithdrawnNominationCanNeitherBeAmendedNorWithdrawnAgainAndTheAnswerSaysWhatIsAllowed() {
        assertEquals(201, fixture.submit(NominationFixture.sampleNomination(), "clerk-1").getStatusCode());
        APIGatewayV2HTTPEvent withdraw = fixture.event("WithdrawNominationFunction/1-withdraw.200.json", "N0001", "clerk-1", Map.of(), "enterprise");
        APIGatewayV2HTTPResponse withdrawn = fixture.withdraw.handleRequest(withdraw, null);
        assertEquals(200, withdrawn.getStatusCode());
        assertEquals("WITHDRAWN", body(withdrawn).path("status").asText());

        APIGatewayV2HTTPResponse again = fixture.withdraw.handleRequest(withdraw, null);
        assertProblem(again, 409, "invalid-transition");
        assertEquals("WITHDRAWN", body(again).path("nominationStatus").asText());
        assertEquals(0, body(again).path("allowedActions").size());
        APIGatewayV2HTTPEvent amend = fixture.event("AmendNominationFunction/amend.200.json", "N0001", "clerk-1", Map.of(), "enterprise");
        assertProblem(fixture.amend.handleRequest(amend, null), 409, "invalid-transition");
        assertProblem(fixture.withdraw.handleRequest(fixture.event("WithdrawNominationFunction/1-withdraw.200.json", "N0001",
                "clerk-2", Map.of(), "enterprise"), null), 404, "nomination-not-found");
    }

    @Test
    void everyStepIsInTheAuditTrailWhichOnlyAdminsRead() {
        assertEquals(201, fixture.submit(NominationFixture.sampleNomination(), "clerk-1").getStatusCode());
        clock.advance(Duration.ofMinutes(5));
        fixture.withdraw.handleRequest(fixture.event("WithdrawNominationFunction/1-withdraw.200.json", "N0001", "clerk-1", Map.of(), "enterprise"), null);

        APIGatewayV2HTTPResponse trail = fixture.audit.handleRequest(
                fixture.event("GetAuditTrailFunction/admin.200.json", "N0001", "admin-1", Map.of(), "admin"), null);
        assertEquals(200, trail.getStatusCode(), trail.getBody());
        JsonNode entries = body(trail).path("entries");
        assertEquals(2, entries.size());
        assertEquals("submit", entries.get(0).path("action").asText());
        assertTrue(entries.get(0).path("from").isNull());
        assertEquals("SUBMITTED", entries.get(0).path("to").asText());
        assertEquals("clerk-1", entries.get(1).path("actor").asText());
        assertEquals("withdraw", entries.get(1).path("action").asText());
        assertEquals("WITHDRAWN", entries.get(1).path("to").asText());
        assertNotEquals(entries.get(0).path("at").asText(), entries.get(1).path("at").asText());
        assertProblem(fixture.audit.handleRequest(fixture.event("GetAuditTrailFunction/admin.200.json", "N0001", "reviewer-1",
                Map.of(), "reviewer"), null), 403, "role-required");
    }

    @Test
    void aSubmittedNominationLocksTheCampaignsNominationRules() {
        assertEquals(201, fixture.submit(NominationFixture.sampleNomination(), "clerk-1").getStatusCode());
        var stored = new org.gongjiang.campaign.dynamodb.DynamoCampaignStore(TestDynamo.client(), TestDynamo.CAMPAIGNS)
                .findStored(fixture.campaignId).orElseThrow();
        assertEquals(1, stored.progress().nominationsSubmitted());
    }
}
