package org.gongjiang.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.local.demo.DemoCampaign;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The journalists' dashboard: every chart shows the API's numbers (its data table, and the votes chart's
 * ECharts option too), a suppressed count is drawn as suppressed ("<5"), never as 0, each chart names
 * its dataset, licence, CSV and JSON, and the page is accessible and usable on a phone and a desktop.
 */
class DashboardPageIT {

    private static final String CAMPAIGN = DemoCampaign.CAMPAIGN_ID;
    private static final String STATS = "/v1/campaigns/" + CAMPAIGN + "/stats";
    private static final int K = 5;
    private static Http http;

    private static String dashboard() {
        return PublicPages.baseUrl() + "/dashboard.html?campaign=" + CAMPAIGN;
    }

    /** A few votes first, so that the votes chart is not all zero; waits until the statistics count them. */
    @BeforeAll
    static void castAFewVotes() throws InterruptedException {
        http = new Http(PublicPages.baseUrl());
        long before = api("/votes").path("total").asLong();
        int cast = 0;
        for (int voter = 0; voter < 2; voter++) {
            String token = http.token("dashboard-voter-" + UUID.randomUUID().toString().substring(0, 8));
            for (String candidate : voter == 0 ? List.of("N0001", "N0002", "N0003") : List.of("N0001", "N0004")) {
                Http.Response vote = http.post("/v1/campaigns/" + CAMPAIGN + "/votes", "{\"candidateId\":\"" + candidate + "\"}",
                        "Authorization", "Bearer " + token, "Content-Type", "application/json");
                assertEquals(201, vote.status(), vote.body());
                cast++;
            }
        }
        long deadline = System.currentTimeMillis() + 20_000;
        while (api("/votes").path("total").asLong() < before + cast) {
            assertTrue(System.currentTimeMillis() < deadline, "the statistics did not count the " + cast + " votes in 20 s");
            Thread.sleep(250);
        }
    }

    private static JsonNode api(String resource) {
        Http.Response response = http.get(STATS + resource);
        assertEquals(200, response.status(), resource + ": " + response.body());
        return response.json();
    }

    private static void openReady(Browser browser) {
        browser.open(dashboard());
        browser.await(d -> "true".equals(browser.script("return document.getElementById('main').dataset.ready || ''")) ? true : null);
    }

    /**
     * Compares what the API answers now with what the page shows; other tests of the shared stack may vote
     * meanwhile (and the page's figures may be up to 30 s old by their Cache-Control), so a difference is
     * looked at again, with the page reloaded, for up to 45 s.
     */
    private static void assertShowsTheApi(Browser browser, String what, Supplier<Object> fromApi, Supplier<Object> fromPage) {
        long deadline = System.currentTimeMillis() + 45_000;
        while (true) {
            Object expected = fromApi.get();
            Object shown = fromPage.get();
            if (expected.equals(shown)) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                assertEquals(expected, shown, what + ": the page shows other numbers than the API");
            }
            sleep(3000);
            openReady(browser);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The data table's rows: key -> the text of each value cell ("12", or the suppressed label). */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> table(Browser browser, String id) {
        Object rows = browser.script("return [...document.querySelectorAll('#' + arguments[0] + ' tbody tr')].map(tr => "
                + "[tr.dataset.key, ...[...tr.querySelectorAll('td')].map(td => td.dataset.suppressed === 'true' ? 'hidden:' + td.textContent : (td.dataset.value ?? ''))])", id);
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (List<Object> row : (List<List<Object>>) rows) {
            List<String> values = new ArrayList<>();
            row.subList(1, row.size()).forEach(v -> values.add(String.valueOf(v)));
            byKey.put(String.valueOf(row.getFirst()), values);
        }
        return byKey;
    }

    private static String count(JsonNode row, String field, String hiddenLabel) {
        return row.path("suppressed").asBoolean() ? "hidden:" + hiddenLabel : row.path(field).asText();
    }

    private static Map<String, List<String>> votesOf(JsonNode answer) {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        answer.path("candidates").forEach(c -> expected.put(c.path("candidateId").asText(),
                List.of(c.path("votes").asText(), c.path("voided").asText())));
        return expected;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> votesChart(Browser browser) {
        Map<String, Object> option = (Map<String, Object>) browser.script("const o = echarts.getInstanceByDom(document.getElementById('chart-votes')).getOption();"
                + "return {ids: o.yAxis[0].data, valid: o.series[0].data, voided: o.series[1].data, stacks: o.series.map(s => s.stack + ':' + s.type)};");
        assertEquals(List.of("votes:bar", "votes:bar"), option.get("stacks"), "valid and voided votes stacked as bars");
        List<Object> ids = (List<Object>) option.get("ids");
        List<Object> valid = (List<Object>) option.get("valid");
        List<Object> voided = (List<Object>) option.get("voided");
        Map<String, List<String>> shown = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            shown.put(String.valueOf(ids.get(i)), List.of(String.valueOf(valid.get(i)), String.valueOf(voided.get(i))));
        }
        return shown;
    }

    private static Map<String, List<String>> timelineOf(JsonNode answer, String interval) {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        answer.path("rows").forEach(row -> expected.put(row.path(interval.equals("day") ? "date" : "hour").asText(),
                interval.equals("day") ? List.of(row.path("votes").asText(), count(row, "voters", "<" + K)) : List.of(row.path("votes").asText())));
        return expected;
    }

    private static Map<String, List<String>> oneWayOf(JsonNode answer, String dimension) {
        String label = answer.path("disclosure").path("secondarySuppression").asBoolean() ? "*" : "<" + answer.path("disclosure").path("k").asInt();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        answer.path("rows").forEach(row -> expected.put(row.path(dimension).asText(), List.of(count(row, "count", label))));
        return expected;
    }

    /** The two-way table as "row|column" -> the cell. */
    private static Map<String, String> twoWayOf(JsonNode answer, String first, String second) {
        String label = answer.path("disclosure").path("secondarySuppression").asBoolean() ? "*" : "<" + answer.path("disclosure").path("k").asInt();
        Map<String, String> expected = new LinkedHashMap<>();
        answer.path("rows").forEach(row -> expected.put(row.path(first).asText() + "|" + row.path(second).asText(), count(row, "count", label)));
        return expected;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> twoWayTable(Browser browser) {
        Map<String, String> shown = new LinkedHashMap<>();
        ((Map<String, Object>) browser.script("const cells = {}; document.querySelectorAll('#table-two-way tbody tr').forEach(tr => "
                + "tr.querySelectorAll('td').forEach(td => { if (td.dataset.suppressed === 'true') cells[tr.dataset.key + '|' + td.dataset.column] = 'hidden:' + td.textContent;"
                + " else if (td.dataset.value !== undefined) cells[tr.dataset.key + '|' + td.dataset.column] = td.dataset.value; })); return cells;"))
                .forEach((key, value) -> shown.put(key, String.valueOf(value)));
        return shown;
    }

    private static void awaitDataset(Browser browser, String section, String dataset) {
        browser.await(d -> dataset.equals(d.findElement(By.id(section)).getAttribute("data-dataset")) ? true : null);
    }

    /** The dataset name, asOf, the licence (name and link) and the CSV and JSON links of a chart. */
    private static void assertCites(Browser browser, String section, JsonNode answer, String json, String csv) {
        WebElement card = browser.driver().findElement(By.id(section));
        assertEquals(answer.path("title").asText(), card.findElement(By.tagName("h2")).getText(), section + " titled by its dataset");
        assertEquals(answer.path("dataset").asText(), card.findElement(By.cssSelector(".chart-meta .dataset")).getText());
        assertFalse(card.findElement(By.cssSelector(".chart-meta .as-of")).getText().isBlank(), section + " says its asOf");
        WebElement license = card.findElement(By.cssSelector(".chart-meta a.license"));
        assertEquals(answer.path("license").path("name").asText(), license.getText());
        assertEquals(answer.path("license").path("path").asText(), license.getAttribute("href"));
        assertTrue(card.findElement(By.cssSelector(".chart-meta a.json")).getAttribute("href").endsWith(STATS + json), section + " links its JSON");
        assertTrue(card.findElement(By.cssSelector(".chart-meta a.csv")).getAttribute("href").endsWith(STATS + csv), section + " links its CSV");
        String summary = card.findElement(By.cssSelector(".chart[role=img]")).getAttribute("aria-label");
        assertTrue(summary != null && summary.length() > 20, section + " has a text alternative: " + summary);
    }

    @Test
    void everyChartShowsTheApisNumbersAndSuppressedCountsAsSuppressed() {
        try (Browser browser = Browser.desktop()) {
            openReady(browser);

            // votes per finalist: the data table and the chart's own option
            assertShowsTheApi(browser, "votes (table)", () -> votesOf(api("/votes")), () -> table(browser, "table-votes"));
            assertShowsTheApi(browser, "votes (chart)", () -> votesOf(api("/votes")), () -> votesChart(browser));
            assertTrue(votesChart(browser).values().stream().anyMatch(v -> !v.getFirst().equals("0")), "the votes chart is not all zero");
            assertCites(browser, "votes", api("/votes"), "/votes", "/votes.csv");

            // the timeline, by day then by hour
            assertShowsTheApi(browser, "timeline by day", () -> timelineOf(api("/votes/timeline?interval=day"), "day"),
                    () -> table(browser, "table-timeline"));
            assertCites(browser, "timeline", api("/votes/timeline?interval=day"), "/votes/timeline?interval=day", "/votes/timeline.csv?interval=day");
            browser.driver().findElement(By.cssSelector("label[for=interval-hour]")).click();
            awaitDataset(browser, "timeline", CAMPAIGN + "/votes-timeline-hour");
            assertEquals(timelineOf(api("/votes/timeline?interval=hour"), "hour"), table(browser, "table-timeline"), "timeline by hour");
            assertCites(browser, "timeline", api("/votes/timeline?interval=hour"), "/votes/timeline?interval=hour", "/votes/timeline.csv?interval=hour");

            // nominations by one dimension: the select offers what the data package lists
            List<String> listed = new ArrayList<>();
            api("/datapackage.json").path("resources").forEach(resource -> {
                String path = resource.path("path").asText();
                if (path.contains("/nominations.csv?by=") && !path.contains("&by=") && !path.contains("/snapshots/")) {
                    listed.add(path.substring(path.indexOf("by=") + 3));
                }
            });
            Select dimension = new Select(browser.driver().findElement(By.id("dimension")));
            assertEquals(listed, dimension.getOptions().stream().map(o -> o.getAttribute("value")).toList());
            assertEquals(oneWayOf(api("/nominations?by=industry"), "industry"), table(browser, "table-nominations"));
            assertCites(browser, "nominations", api("/nominations?by=industry"), "/nominations?by=industry", "/nominations.csv?by=industry");
            dimension.selectByValue("status");
            awaitDataset(browser, "nominations", CAMPAIGN + "/nominations-by-status");
            JsonNode byStatus = api("/nominations?by=status");
            assertFalse(byStatus.path("disclosure").path("secondarySuppression").asBoolean());
            Map<String, List<String>> statusTable = table(browser, "table-nominations");
            assertEquals(oneWayOf(byStatus, "status"), statusTable);
            assertEquals(List.of("hidden:<5"), statusTable.get("DISQUALIFIED"), "a suppressed count says <5, not 0");
            assertSuppressedBar(browser, byStatus);
            assertTrue(browser.driver().findElement(By.cssSelector("#nominations .disclosure-notes")).getText().contains("<5"),
                    "what is hidden is said in words next to the chart");

            // the two-way table as a heat map: industry x category, suppressed cells hatched and labelled <5
            JsonNode byCategory = api("/nominations?by=industry&by=category");
            assertEquals(twoWayOf(byCategory, "industry", "category"), twoWayTable(browser));
            assertCites(browser, "two-way", byCategory, "/nominations?by=industry&by=category", "/nominations.csv?by=industry&by=category");
            assertSuppressedCells(browser, byCategory);

            // industry x status: its inside is withheld, and the page says so
            new Select(browser.driver().findElement(By.id("second-dimension"))).selectByValue("status");
            awaitDataset(browser, "two-way", CAMPAIGN + "/nominations-by-industry-status");
            JsonNode byIndustryStatus = api("/nominations?by=industry&by=status");
            assertEquals(twoWayOf(byIndustryStatus, "industry", "status"), twoWayTable(browser));
            if (byIndustryStatus.path("disclosure").path("insideWithheld").asBoolean()) {
                String notes = browser.driver().findElement(By.cssSelector("#two-way .disclosure-notes")).getText();
                assertTrue(notes.contains("整体不公布") && notes.contains("次级隐藏"), notes);
            }

            // the data package and the snapshots
            WebElement pack = browser.driver().findElement(By.id("datapackage-link"));
            assertTrue(pack.getAttribute("href").endsWith(STATS + "/datapackage.json"), pack.getAttribute("href"));
            JsonNode snapshots = api("/datapackage.json").path("snapshots");
            if (snapshots.isEmpty()) {
                assertTrue(browser.driver().findElement(By.id("snapshots")).getText().contains("快照"));
            } else {
                assertEquals(snapshots.size(), browser.driver().findElements(By.cssSelector("#snapshots li a[type='application/json']")).size());
            }

            browser.script("document.querySelectorAll('details').forEach(d => d.open = true)");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, serious or critical");
            assertEquals(List.of(), browser.consoleErrors(), "the console (a CSP refusal would show here)");
            browser.script("document.querySelectorAll('details').forEach(d => d.open = false); window.scrollTo(0, 0)");
            browser.fullPageScreenshot("dashboard-desktop");
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertSuppressedBar(Browser browser, JsonNode answer) {
        List<Map<String, Object>> bars = (List<Map<String, Object>>) browser.script("const o = echarts.getInstanceByDom(document.getElementById('chart-nominations')).getOption();"
                + "return o.series[0].data.map(d => ({value: d.value, suppressed: d.suppressed, label: d.label.formatter, decal: !!(d.itemStyle && d.itemStyle.decal)}));");
        List<JsonNode> rows = new ArrayList<>();
        answer.path("rows").forEach(row -> {
            if (!row.path("status").asText().equals("total")) {
                rows.add(row);
            }
        });
        assertEquals(rows.size(), bars.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> bar = bars.get(i);
            if (rows.get(i).path("suppressed").asBoolean()) {
                assertEquals("<5", bar.get("label"), "a suppressed bar is labelled <5: " + bar);
                assertEquals(true, bar.get("decal"), "and hatched: " + bar);
                assertTrue(((Number) bar.get("value")).intValue() > 0, "and not drawn as 0: " + bar);
            } else {
                assertEquals(rows.get(i).path("count").asLong(), ((Number) bar.get("value")).longValue());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertSuppressedCells(Browser browser, JsonNode answer) {
        long hiddenInside = 0;
        for (JsonNode row : answer.path("rows")) {
            if (row.path("suppressed").asBoolean() && !row.path("industry").asText().equals("total") && !row.path("category").asText().equals("total")) {
                hiddenInside++;
            }
        }
        assertTrue(hiddenInside > 0, "the demo has suppressed cells in industry x category");
        Map<String, Object> series = (Map<String, Object>) browser.script("const o = echarts.getInstanceByDom(document.getElementById('chart-two-way')).getOption();"
                + "const hidden = o.series[1]; return {type: hidden.type, count: hidden.data.length, label: hidden.label.formatter, decal: !!hidden.itemStyle.decal,"
                + " zeroes: o.series[0].data.filter(d => d[2] === 0).length};");
        assertEquals("heatmap", series.get("type"));
        assertEquals(hiddenInside, ((Number) series.get("count")).longValue(), "every suppressed cell drawn as suppressed");
        assertEquals("<5", series.get("label"));
        assertEquals(true, series.get("decal"), "hatched");
        long zeroes = 0;
        for (JsonNode row : answer.path("rows")) {
            boolean inside = !row.path("industry").asText().equals("total") && !row.path("category").asText().equals("total");
            if (inside && !row.path("suppressed").asBoolean() && row.path("count").asLong() == 0) {
                zeroes++;
            }
        }
        assertEquals(zeroes, ((Number) series.get("zeroes")).longValue(), "only real zeros are drawn as 0");
        List<String> labels = (List<String>) browser.script("return [...document.querySelectorAll('#table-two-way td[data-suppressed=true]')].map(td => td.textContent)");
        assertFalse(labels.isEmpty());
        labels.forEach(label -> assertEquals("<5", label));
    }

    @Test
    void onAPhoneTheChartsFitAndTheEnglishSwitchTranslatesThem() {
        try (Browser browser = Browser.phone()) {
            openReady(browser);
            Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertTrue(overflow.intValue() <= 0, "no sideways scrolling on a phone: " + overflow + " px too wide");
            for (String chart : List.of("chart-votes", "chart-timeline", "chart-nominations", "chart-two-way")) {
                Number width = (Number) browser.script("return echarts.getInstanceByDom(document.getElementById(arguments[0])).getWidth()", chart);
                assertTrue(width.intValue() > 200 && width.intValue() <= Browser.PHONE_WIDTH, chart + " fits the phone: " + width);
            }
            assertShowsTheApi(browser, "votes on a phone", () -> votesOf(api("/votes")), () -> table(browser, "table-votes"));
            browser.script("document.querySelectorAll('details').forEach(d => d.open = true)");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, serious or critical, on a phone");
            browser.script("document.querySelectorAll('details').forEach(d => d.open = false); window.scrollTo(0, 0)");
            browser.fullPageScreenshot("dashboard-phone");

            // the keyboard reaches the controls, each labelled
            for (String control : List.of("interval-day", "interval-hour", "dimension", "second-dimension")) {
                String label = String.valueOf(browser.script("const c = document.getElementById(arguments[0]);"
                        + " return (c.labels && c.labels.length ? c.labels[0].textContent : '') + (c.tabIndex >= 0 ? '' : ' unfocusable')", control));
                assertFalse(label.isBlank() || label.contains("unfocusable"), control + ": " + label);
            }

            browser.awaitVisible(By.id("language-switch")).click();
            browser.await(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")) ? true : null);
            browser.await(d -> "true".equals(browser.script("return document.getElementById('main').dataset.ready || ''")) ? true : null);
            Http.Response english = http.get(STATS + "/votes", "Accept-Language", "en");
            assertEquals(english.json().path("title").asText(), browser.driver().findElement(By.id("votes-title")).getText());
            assertTrue(browser.driver().findElement(By.id("disclosure-rule")).getText().contains("not published"));
            assertTrue(String.valueOf(browser.script("return document.getElementById('chart-votes').getAttribute('aria-label')")).contains("finalists"));
            assertEquals(List.of(), browser.consoleErrors(), "the console (a CSP refusal would show here)");
        }
    }
}
