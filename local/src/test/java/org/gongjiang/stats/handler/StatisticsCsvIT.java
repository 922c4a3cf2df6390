package org.gongjiang.stats.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongjiang.testing.CampaignTestbed;
import org.gongjiang.testing.Events;
import org.gongjiang.testing.TestDynamo;
import org.gongjiang.voting.dynamodb.DynamoCandidateStore;
import org.gongjiang.voting.dynamodb.DynamoPublishedVoidStore;
import org.gongjiang.voting.model.Candidate;
import org.gongjiang.voting.model.PublishedVoid;
import org.junit.jupiter.api.Test;

/**
 * The CSV files journalists open in a spreadsheet, through the statistics handler on DynamoDB Local:
 * a text that a spreadsheet would run as a formula comes out as text. The nomination route refuses a
 * person's name that begins so; a finalist stored before that rule, or an auditor's reason (free
 * text), may still begin so, and the CSV writer neutralises it wherever it stands.
 */
class StatisticsCsvIT {

    private static final Clock CLOCK = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://x\",\"点我\")";
    private static final String FORMULA_REASON = "-2+3+cmd|' /C calc'!A0";

    private final CampaignTestbed campaign = CampaignTestbed.create("csv", CLOCK.instant().minus(Duration.ofDays(1)), 10, 1, CLOCK);

    private APIGatewayV2HTTPEvent csvOf(String resource) {
        APIGatewayV2HTTPEvent event = Events.stats(campaign.campaignId);
        event.setRouteKey("GET /v1/campaigns/{campaignId}/stats" + resource + ".csv");
        event.setRawPath("/v1/campaigns/" + campaign.campaignId + "/stats" + resource + ".csv");
        return event;
    }

    private List<String> lines(APIGatewayV2HTTPResponse response) {
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertTrue(response.getHeaders().get("Content-Type").startsWith("text/csv"));
        return Arrays.asList(response.getBody().substring(1).split("\r\n"));
    }

    @Test
    void aFinalistWhoseNameIsAFormulaComesOutOfVotesCsvAsQuotedText() {
        new DynamoCandidateStore(TestDynamo.client(), TestDynamo.CANDIDATES).save(new Candidate(campaign.campaignId, "N0777",
                FORMULA_NAME, "@SUM(A1) 有限公司", "equipment", "510100", "成都市", "craftsman", "焊工", "扎根岗位二十年。", Optional.empty(), false));

        List<String> lines = lines(campaign.stats().handleRequest(csvOf("/votes"), null));

        assertEquals("candidateId,name,industry,category,votes,voided,share", lines.getFirst());
        assertTrue(lines.contains("N0777,\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",equipment,craftsman,0,0,0.0"), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.contains(",=") || line.contains(",\"=")), lines.toString());
    }

    @Test
    void anAuditorsReasonThatBeginsLikeAFormulaComesOutOfIntegrityCsvAsQuotedText() {
        Instant hour = CLOCK.instant().truncatedTo(ChronoUnit.HOURS);
        new DynamoPublishedVoidStore(TestDynamo.client(), TestDynamo.COUNTERS).publish(campaign.campaignId,
                new PublishedVoid("VCSV0000001", campaign.candidate(1), hour, hour, hour, 3, "manual", FORMULA_REASON, false, 0));

        List<String> lines = lines(campaign.stats().handleRequest(csvOf("/integrity"), null));

        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).contains(",3,manual,\"'" + FORMULA_REASON + "\",applied,0"), lines.get(1));
    }

    @Test
    void aWinnerWhoseNameAndEnterpriseBeginLikeFormulasComesOutOfWinnersCsvAsQuotedTextBesideItsTier() {
        new DynamoCandidateStore(TestDynamo.client(), TestDynamo.CANDIDATES).save(new Candidate(campaign.campaignId, "N0778",
                FORMULA_NAME, "@SUM(A1) 有限公司", "equipment", "510100", "成都市", "craftsman", "焊工", "扎根岗位二十年。",
                Optional.of("gold"), false));
        APIGatewayV2HTTPEvent event = Events.stats(campaign.campaignId);
        event.setRouteKey("GET /v1/campaigns/{campaignId}/winners.csv");
        event.setRawPath("/v1/campaigns/" + campaign.campaignId + "/winners.csv");

        APIGatewayV2HTTPResponse response = campaign.stats().handleRequest(event, null);
        List<String> lines = lines(response);

        assertEquals("text/csv; charset=utf-8; header=present", response.getHeaders().get("Content-Type"));
        assertEquals("public, max-age=30", response.getHeaders().get("Cache-Control"));
        assertEquals("inline; filename=\"" + campaign.campaignId + "-winners.csv\"", response.getHeaders().get("Content-Disposition"));
        assertEquals("candidateId,name,enterprise,industry,category,tier,tierName,votes,voided", lines.getFirst());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("N0778,\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",\"'@SUM(A1) 有限公司\","
                + "equipment,craftsman,gold,")), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.contains(",=") || line.contains(",\"=") || line.contains(",@")), lines.toString());
    }
}
