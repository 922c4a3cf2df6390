package org.gongjiang.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.nomination.model.CreditCode;
import org.gongjiang.nomination.model.IdentityNumber;
import org.gongjiang.testing.Events;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The privacy rule (identity numbers, mobiles and contacts only for the review office), tried on every
 * route the stack serves: with nominations in every stage (a finalist on the ballot, one on public
 * notice with an objection, one just submitted, one with an expert; the vote not yet open), each
 * caller without the review office's role (nobody, a voter, another enterprise's clerk, the nominating
 * clerk, the assigned expert, another expert) calls each route for each nomination, with a body the
 * route accepts; no answer may carry an identity number (clear or masked), a mobile or a contact.
 * The review office may see the masked number, mobiles and contacts, never the number in clear.
 */
class PersonalDataExposureIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OWN_CREDIT_CODE = "91370211MA3C123AB5";
    private static final String OTHER_CREDIT_CODE = "91370211MA3D456CDX";
    private static final List<String> NOMINATIONS = List.of("N0001", "N0002", "N0003", "N0004");
    /** Who the matrix's own submissions and amendments name: their data must not show either. */
    private static final ObjectNode NEWCOMER = nomination("370211198506066" + "67" + IdentityNumber.checkCharacter("37021119850606667"),
            "1985-06-06", "13700009999", "联系人戊", "13600009999", OWN_CREDIT_CODE);

    private static Http http;
    private static String campaignId;
    private static String objectionId;
    private static final List<String> personal = new ArrayList<>();
    private static final List<String> identityNumbers = new ArrayList<>();
    private static final Map<String, String> callers = new LinkedHashMap<>();

    @BeforeAll
    static void campaignWithNominationsInEveryStage() throws InterruptedException {
        LocalDeployment stack = SharedDeployment.get();
        http = new Http(stack.url());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        campaignId = "privacy-" + Long.toString(System.nanoTime(), 36);
        String admin = token("admin-1", List.of("admin"), null);
        String reviewer = token("reviewer-1", List.of("reviewer"), null);
        String expert = token("expert-a", List.of("expert"), null);
        String clerk = token("clerk-own", List.of("enterprise"), OWN_CREDIT_CODE);
        String otherClerk = token("clerk-other", List.of("enterprise"), OTHER_CREDIT_CODE);

        ObjectNode configuration = (ObjectNode) Events.requestBody("CreateCampaignFunction/create.201.json");
        configuration.put("campaignId", campaignId).put("publicNotice", "P1D");
        configuration.putObject("nominationWindow").put("opensAt", now.minus(Duration.ofDays(1)).toString())
                .put("closesAt", now.plus(Duration.ofHours(1)).toString());
        configuration.putObject("votingWindow").put("opensAt", now.plus(Duration.ofDays(3)).toString())
                .put("closesAt", now.plus(Duration.ofDays(10)).toString());
        expect(201, call("POST", "/v1/admin/campaigns", configuration.toString(), admin));

        for (int i = 0; i < NOMINATIONS.size(); i++) {
            boolean own = i != 1;
            String first17 = "37021119800%d0%d12%d".formatted(i + 1, i + 1, 2 * i + 1);
            String idNumber = first17 + IdentityNumber.checkCharacter(first17);
            ObjectNode body = nomination(idNumber, "1980-0%d-0%d".formatted(i + 1, i + 1), "1370000111" + i,
                    "联系人" + "甲乙丙丁".charAt(i), "1360000222" + i, own ? OWN_CREDIT_CODE : OTHER_CREDIT_CODE);
            expect(201, call("POST", nominations(), body.toString(), own ? clerk : otherClerk));
            identityNumbers.add(idNumber);
            personal.addAll(List.of(idNumber, idNumber.substring(0, 6) + "********" + idNumber.substring(14),
                    body.path("nominee").path("mobile").asText(), body.path("enterprise").path("contactName").asText(),
                    body.path("enterprise").path("contactMobile").asText()));
        }
        for (String id : List.of("N0001", "N0002", "N0004")) {
            expect(200, call("POST", nominations() + "/" + id + "/qualify", "{\"reason\":\"材料齐全。\"}", reviewer));
            expect(200, call("PUT", nominations() + "/" + id + "/experts", "{\"experts\":[\"expert-a\"]}", reviewer));
        }
        for (String id : List.of("N0001", "N0002")) {
            expect(200, call("PUT", nominations() + "/" + id + "/scores",
                    "{\"scores\":{\"craftExpertise\":90,\"superbSkill\":90,\"leadingRole\":90,\"outstandingContribution\":90}}", expert));
            expect(200, call("POST", nominations() + "/" + id + "/shortlist", "{\"tier\":\"gold\"}", reviewer));
        }
        expect(200, call("POST", nominations() + "/N0001/open-notice", null, reviewer));
        clock("{\"advance\":\"P1DT1H\"}");
        expect(200, call("POST", nominations() + "/N0001/finalize", null, reviewer));
        expect(200, call("POST", nominations() + "/N0002/open-notice", null, reviewer));
        objectionId = expect(201, call("POST", "/v1/campaigns/" + campaignId + "/notices/N0002/objections",
                "{\"text\":\"请核实获奖情况。\"}", token("objector-1", List.of(), null))).path("objectionId").asText();

        String newcomerId = NEWCOMER.path("nominee").path("idNumber").asText();
        personal.addAll(List.of(newcomerId, newcomerId.substring(0, 6) + "********" + newcomerId.substring(14), "13700009999",
                "联系人戊", "13600009999"));
        callers.put("nobody", null);
        callers.put("a voter", token("voter-1", List.of(), null));
        callers.put("another enterprise's clerk", token("clerk-third", List.of("enterprise"),
                "91110108MA01ABCD1" + CreditCode.checkCharacter("91110108MA01ABCD1")));
        callers.put("the nominating clerk", clerk);
        callers.put("the assigned expert", expert);
        callers.put("an expert not assigned", token("expert-z", List.of("expert"), null));
    }

    @AfterAll
    static void clockBackToNow() {
        clock("{\"offset\":\"PT0S\"}");
    }

    @Test
    void noRouteShowsAnIdentityNumberMobileOrContactToACallerOutsideTheReviewOffice() {
        List<String> leaks = new ArrayList<>();
        List<String> serverErrors = new ArrayList<>();
        int calls = 0;
        for (String routeKey : routesGetsFirst()) {
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                for (String path : paths(routeKey)) {
                    String method = routeKey.substring(0, routeKey.indexOf(' '));
                    Http.Response response = call(method, path, body(routeKey), caller.getValue());
                    calls++;
                    if (response.status() >= 500) {
                        serverErrors.add(method + " " + path + " as " + caller.getKey() + ": " + response.status());
                    }
                    for (String value : personal) {
                        if (response.body().contains(value)) {
                            leaks.add("%s %s as %s (%d) shows %s".formatted(method, path, caller.getKey(), response.status(), value));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), serverErrors);
        assertEquals(List.of(), leaks);
        assertTrue(calls > 400, "calls made: " + calls);
    }

    @Test
    void theReviewOfficeSeesMaskedNumbersMobilesAndContactsButNeverTheNumberInClear() {
        String reviewer = token("reviewer-2", List.of("reviewer"), null);
        String admin = token("admin-2", List.of("admin"), null);
        String seen = expect(200, call("GET", nominations() + "/N0002", null, reviewer)).toString();
        for (String value : personal.subList(5, 10)) {
            if (!value.equals(identityNumbers.get(1))) {
                assertTrue(seen.contains(value), "the review office sees " + value + ": " + seen);
            }
        }
        for (String routeKey : routesGetsFirst()) {
            if (!routeKey.startsWith("GET ")) {
                continue;
            }
            for (String authorization : List.of(reviewer, admin)) {
                for (String path : paths(routeKey)) {
                    String body = call("GET", path, null, authorization).body();
                    identityNumbers.forEach(number -> assertFalse(body.contains(number), "GET " + path + " shows " + number));
                }
            }
        }
    }

    /** Every route the stack serves (the test fails to cover none), reads first so that writes come after them. */
    private static List<String> routesGetsFirst() {
        List<String> routes = new ArrayList<>(new TreeSet<>(SharedDeployment.get().servedRouteKeys()));
        routes.sort(Comparator.comparing((String key) -> !key.startsWith("GET ")).thenComparing(key -> key.startsWith("DELETE ")));
        return routes;
    }

    private static List<String> paths(String routeKey) {
        String template = routeKey.substring(routeKey.indexOf(' ') + 1)
                .replace("{campaignId}", campaignId).replace("{objectionId}", objectionId)
                .replace("{date}", "2026-12-31").replace("{resource+}", "nominations")
                .replace("{alertId}", "A0123456789abcdef").replace("{voidId}", "VABCDEFGHJK")
                .replace("{voterId}", "AAAAAAAAAAAAAAAAAAAAAA").replace("{receipt}", "0".repeat(60))
                .replace("{attachmentId}", "A0000000000000000");
        String parameter = template.contains("{nominationId}") ? "{nominationId}" : "{candidateId}";
        if (!template.contains(parameter)) {
            return List.of(template);
        }
        return NOMINATIONS.stream().map(id -> template.replace(parameter, id)).toList();
    }

    /** A body each route would accept from a caller with the right role. */
    private static String body(String routeKey) {
        String path = routeKey.substring(routeKey.indexOf(' ') + 1);
        return switch (routeKey.substring(0, routeKey.indexOf(' '))) {
            case "GET", "DELETE" -> null;
            default -> {
                if (path.startsWith("/v1/admin/campaigns")) {
                    yield Events.requestBody("CreateCampaignFunction/create.201.json").toString();
                }
                if (path.endsWith("/nominations") || path.endsWith("/nominations/{nominationId}")) {
                    yield NEWCOMER.toString();
                }
                String last = path.substring(path.lastIndexOf('/') + 1);
                yield switch (last) {
                    case "qualify", "disqualify", "reject" -> "{\"reason\":\"理由。\"}";
                    case "shortlist", "name" -> "{\"tier\":\"gold\"}";
                    case "experts" -> "{\"experts\":[\"expert-a\"]}";
                    case "scores" -> "{\"scores\":{\"craftExpertise\":80,\"superbSkill\":80,\"leadingRole\":80,\"outstandingContribution\":80}}";
                    case "objections" -> "{\"text\":\"请核实。\"}";
                    case "resolution" -> "{\"decision\":\"dismiss\",\"reason\":\"无误。\"}";
                    case "votes" -> "{\"candidateId\":\"N0001\"}";
                    case "voids" -> "{\"candidateId\":\"N0001\",\"voters\":[\"AAAAAAAAAAAAAAAAAAAAAA\"],"
                            + "\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-11-02T00:00:00Z\",\"reason\":\"核查。\"}";
                    case "suspensions" -> "{\"voterId\":\"AAAAAAAAAAAAAAAAAAAAAA\",\"reason\":\"核查。\"}";
                    case "restoration" -> "{\"reason\":\"核查。\"}";
                    default -> null;
                };
            }
        };
    }

    private static ObjectNode nomination(String idNumber, String birthDate, String mobile, String contact, String contactMobile,
                                         String creditCode) {
        ObjectNode body = (ObjectNode) Events.requestBody("SubmitNominationFunction/1-submit.201.json");
        ((ObjectNode) body.path("nominee")).put("idNumber", idNumber).put("birthDate", birthDate)
                .put("sex", (idNumber.charAt(16) - '0') % 2 == 1 ? "M" : "F").put("mobile", mobile);
        ((ObjectNode) body.path("enterprise")).put("creditCode", creditCode).put("contactName", contact)
                .put("contactMobile", contactMobile);
        return body;
    }

    private static String nominations() {
        return "/v1/campaigns/" + campaignId + "/nominations";
    }

    private static Http.Response call(String method, String path, String body, String token) {
        List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
        if (token != null) {
            headers.addAll(List.of("Authorization", "Bearer " + token));
        }
        return http.send(method, path, body, headers.toArray(String[]::new));
    }

    private static JsonNode expect(int status, Http.Response response) {
        assertEquals(status, response.status(), response.body());
        return response.json();
    }

    private static void clock(String body) {
        expect(200, http.post("/local/clock", body));
    }

    private static String token(String subject, List<String> groups, String creditCode) {
        ObjectNode body = JSON.createObjectNode().put("sub", subject);
        groups.forEach(body.putArray("groups")::add);
        if (creditCode != null) {
            body.put("creditCode", creditCode);
        }
        return expect(200, http.post("/local/tokens", body.toString())).path("token").asText();
    }
}
