package org.gongjiang.platform.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class ApiHandlerTest {

    @Test
    void anUnexpectedFailureIsLoggedWithTheRouteKeyNeverThePathThatMayHoldAReceipt() {
        String receipt = "KB5EQJE9EFG586JJE06XVBTRK70VD0QKPA7GSSSCY8QHRQMR0A1ADFCWZEX0";
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setRawPath("/v1/campaigns/sichuan-2026/receipts/" + receipt);
        event.setRouteKey("GET /v1/campaigns/{campaignId}/receipts/{receipt}");
        ApiHandler failing = new ApiHandler(Clock.systemUTC()) {
            @Override
            protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
                throw new IllegalStateException("the table is unreachable");
            }
        };

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(500, failing.handleRequest(event, null).getStatusCode());
        } finally {
            System.setErr(err);
        }

        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("GET /v1/campaigns/{campaignId}/receipts/{receipt} failed"), log);
        assertTrue(log.contains("the table is unreachable"), "the stack trace is logged: " + log);
        assertFalse(log.contains(receipt), log);
    }
}
