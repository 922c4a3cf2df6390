package org.gongjiang.it;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.domain.CampaignAdministration;
import org.gongjiang.domain.CampaignDirectory;
import org.gongjiang.domain.KeyedHasher;
import org.gongjiang.domain.NominationService;
import org.gongjiang.handler.AmendNominationHandler;
import org.gongjiang.handler.CreateCampaignHandler;
import org.gongjiang.handler.GetAuditTrailHandler;
import org.gongjiang.handler.GetNominationHandler;
import org.gongjiang.handler.ListNominationsHandler;
import org.gongjiang.handler.SubmitNominationHandler;
import org.gongjiang.handler.WithdrawNominationHandler;
import org.gongjiang.local.support.Events;
import org.gongjiang.local.support.TestDynamo;
import org.gongjiang.store.dynamodb.DynamoCampaignStore;
import org.gongjiang.store.dynamodb.DynamoNominationStore;

/**
 * A campaign of its own (created through the admin handler from the sample configuration, with its
 * nomination window open at the clock's time) and the nomination handlers on the real stores.
 */
final class NominationFixture {

    static final ObjectMapper JSON = new ObjectMapper();
    static final KeyedHasher PERSONAL_DATA = KeyedHasher.fromSecret("personal-data-key-".repeat(4));
    static final String NOMINATIONS = "NominationsTable";

    final String campaignId;
    final Clock clock;
    final DynamoNominationStore store;
    final SubmitNominationHandler submit;
    final ListNominationsHandler list;
    final GetNominationHandler get;
    final AmendNominationHandler amend;
    final WithdrawNominationHandler withdraw;
    final GetAuditTrailHandler audit;

    NominationFixture(Clock clock, ObjectNode configuration) {
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
        store = new DynamoNominationStore(TestDynamo.client(), NOMINATIONS, TestDynamo.CAMPAIGNS, Optional.of(TestDynamo.CANDIDATES));
        NominationService service = new NominationService(new CampaignDirectory(campaigns, clock, Duration.ZERO), store, store,
                () -> PERSONAL_DATA, clock);
        submit = new SubmitNominationHandler(service, clock);
        list = new ListNominationsHandler(service, clock);
        get = new GetNominationHandler(service, clock);
        amend = new AmendNominationHandler(service, clock);
        withdraw = new WithdrawNominationHandler(service, clock);
        audit = new GetAuditTrailHandler(service, clock);
    }

    /** The sample campaign with its nomination window around {@code now}. */
    static ObjectNode openConfiguration(Instant now) {
        ObjectNode configuration = CampaignAdminIT.sampleConfiguration();
        ((ObjectNode) configuration.path("nominationWindow")).put("opensAt", now.minus(Duration.ofDays(10)).toString())
                .put("closesAt", now.plus(Duration.ofDays(20)).toString());
        ((ObjectNode) configuration.path("votingWindow")).put("opensAt", now.plus(Duration.ofDays(40)).toString())
                .put("closesAt", now.plus(Duration.ofDays(50)).toString());
        configuration.put("enterpriseQuota", 2);
        return configuration;
    }

    /** The sample nomination body, editable. */
    static ObjectNode sampleNomination() {
        try {
            return (ObjectNode) JSON.readTree(Events.http("SubmitNominationFunction/1-submit.201.json").getBody());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An actor's event on one of this campaign's nomination routes. */
    APIGatewayV2HTTPEvent event(String sample, String nominationId, String subject, Map<String, String> claims, String... groups) {
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
        CampaignAdminIT.asStaff(event, subject, groups);
        Map<String, String> all = new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        all.putAll(claims);
        event.getRequestContext().getAuthorizer().getJwt().setClaims(all);
        return event;
    }

    APIGatewayV2HTTPResponse submit(ObjectNode body, String clerk, String... headerPairs) {
        return submit(body, clerk, Map.of(), headerPairs);
    }

    APIGatewayV2HTTPResponse submit(ObjectNode body, String clerk, Map<String, String> claims, String... headerPairs) {
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
    static ObjectNode nominationOf(String idNumber, String birthDate, String sex, String creditCode) {
        ObjectNode body = sampleNomination();
        ((ObjectNode) body.path("nominee")).put("idNumber", idNumber).put("birthDate", birthDate).put("sex", sex);
        ((ObjectNode) body.path("enterprise")).put("creditCode", creditCode);
        return body;
    }
}
