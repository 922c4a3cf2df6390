package org.gongjiang.stats.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.HashMap;
import java.util.Map;
import org.gongjiang.platform.handler.ApiRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which representation a statistics request gets by its Accept header (the .csv suffix aside). */
class StatsContentNegotiationTest {

    @ParameterizedTest(name = "Accept: {0} -> CSV {1}")
    @CsvSource(delimiter = '|', value = {
            "|false",
            "*/*|false",
            "application/json|false",
            "text/csv|true",
            "text/csv;q=0|false",
            "text/csv;q=0.5, application/json|false",
            "application/json;q=0.5, text/csv|true",
            "text/csv, application/json|true",
            "application/json, text/csv|false",
            "text/*|true",
            "text/*;q=0.9, */*;q=0.1|true",
            "text/html, */*;q=0.8|false",
            "TEXT/CSV; charset=utf-8|true",
            "text/csv;q=abc|false"})
    void csvIsServedWhenTheClientWeighsItAboveJson(String accept, boolean csv) {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        Map<String, String> headers = new HashMap<>();
        if (accept != null) {
            headers.put("accept", accept);
        }
        event.setHeaders(headers);
        assertEquals(csv, GetStatsHandler.prefersCsv(ApiRequest.of(event)));
    }
}
