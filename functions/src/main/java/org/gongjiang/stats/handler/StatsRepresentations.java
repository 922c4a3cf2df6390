package org.gongjiang.stats.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ConditionalResponses;
import org.gongjiang.platform.handler.Csv;
import org.gongjiang.platform.model.Language;
import org.gongjiang.stats.disclosure.DisclosureControl;
import org.gongjiang.stats.model.StatsTable;

/**
 * Open statistics as JSON or CSV, with the open-data conventions every public figure carries: a
 * dataset name, asOf, the licence, the disclosure rule applied and a Frictionless Table Schema; a
 * strong ETag (304 on If-None-Match), caching for shared caches, and CORS for any origin.
 */
final class StatsRepresentations {

    static final String LICENSE = "CC-BY-4.0";
    static final String LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";
    static final String CSV = "text/csv; charset=utf-8; header=present";
    /** Live figures move as votes arrive: shared caches keep them half a minute. */
    static final String CACHE_LIVE = "public, max-age=30";
    /** A snapshot never changes. */
    static final String CACHE_FROZEN = "public, max-age=31536000, immutable";

    private StatsRepresentations() {
    }

    static Map<String, Object> json(StatsTable table, Language language) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dataset", table.dataset());
        body.put("title", table.title().in(language));
        body.put("campaignId", table.campaignId());
        body.put("asOf", table.asOf().toString());
        table.snapshot().ifPresent(date -> body.put("snapshot", date.toString()));
        body.put("license", license());
        body.put("disclosure", disclosure(table.disclosure()));
        body.put("schema", schema(table, language));
        body.putAll(table.extra());
        body.put(table.rowsMember(), table.rows());
        return body;
    }

    static Map<String, Object> license() {
        Map<String, Object> license = new LinkedHashMap<>();
        license.put("name", LICENSE);
        license.put("path", LICENSE_URL);
        license.put("title", "Creative Commons Attribution 4.0");
        return license;
    }

    static Map<String, Object> disclosure(StatsTable.Disclosure disclosure) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("rule", disclosure.peopleCounts() ? DisclosureControl.RULE
                : "vote totals of published finalists are exact; no count of people in this table");
        view.put("k", disclosure.k());
        view.put("secondarySuppression", disclosure.secondaryApplied());
        if (disclosure.withheld()) {
            view.put("insideWithheld", true);
        }
        return view;
    }

    /** The Frictionless Table Schema of the table's rows; an empty CSV cell is a missing (withheld) value. */
    static Map<String, Object> schema(StatsTable table, Language language) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (StatsTable.Field field : table.fields()) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("name", field.name());
            view.put("type", field.type());
            view.put("title", field.title().in(language));
            fields.add(view);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        schema.put("missingValues", List.of(""));
        return schema;
    }

    /** The table as CSV, by the API's one writer ({@link Csv}: byte order mark, RFC 4180, no formula cell). */
    static String csv(StatsTable table) {
        List<String> names = table.fields().stream().map(StatsTable.Field::name).toList();
        List<List<Object>> rows = table.rows().stream().map(row -> names.stream().map(row::get).toList()).toList();
        return Csv.document(names, rows);
    }

    /** Stats carry the licence's CORS and vary by Accept and language; the ETag logic is shared. */
    static APIGatewayV2HTTPResponse respond(ApiRequest request, String body, String contentType, boolean frozen,
                                            Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Vary", "Accept, Accept-Language");
        headers.put("Content-Language", request.language().tag());
        headers.putAll(extra);
        return ConditionalResponses.respond(request, body, contentType, frozen ? CACHE_FROZEN : CACHE_LIVE, headers);
    }
}
