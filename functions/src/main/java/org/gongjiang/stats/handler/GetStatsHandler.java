package org.gongjiang.stats.handler;

import org.gongjiang.stats.model.StatsMessages;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.platform.handler.Json;
import org.gongjiang.platform.handler.JsonViews;
import org.gongjiang.platform.handler.Priming;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.InvalidInputException;
import org.gongjiang.platform.model.NotFoundException;
import org.gongjiang.stats.application.Datasets;
import org.gongjiang.stats.application.StatsService;
import org.gongjiang.stats.application.StatsStore;
import org.gongjiang.stats.dynamodb.StatsWiring;
import org.gongjiang.stats.model.StatsDimension;
import org.gongjiang.stats.model.StatsTable;
import org.gongjiang.voting.handler.CandidateViews;

/**
 * The open statistics, public and read-only, under /v1/campaigns/{campaignId}/stats: the summary,
 * /nominations?by=..[&by=..], /votes[?industry=&category=], /votes/timeline?interval=&from=&to=, each as
 * JSON or, with .csv after the path or Accept: text/csv, as CSV; /datapackage.json; and the snapshots
 * frozen when voting closed, /snapshots/{date}[.csv] and /snapshots/{date}/{resource}. Beside them, with the
 * same conventions, the public result at /v1/campaigns/{campaignId}/winners[.csv]: the named winners by
 * tier and every finalist's valid and voided votes.
 */
public final class GetStatsHandler extends ApiHandler {

    private static final String STATS = "GET /v1/campaigns/{campaignId}/stats";
    private static final String WINNERS = "GET /v1/campaigns/{campaignId}/winners";

    private final StatsService stats;

    public GetStatsHandler() {
        this(StatsWiring.statsService(), Wiring.clock());
        Priming.register(this, rehearsals());
    }

    /** What SnapStart priming asks: the summary and the votes of a campaign never created (404). */
    static List<APIGatewayV2HTTPEvent> rehearsals() {
        return List.of(Priming.request(STATS, Map.of("campaignId", Priming.CAMPAIGN_ID), null),
                Priming.request(STATS + "/votes", Map.of("campaignId", Priming.CAMPAIGN_ID), null));
    }

    public GetStatsHandler(StatsService stats, Clock clock) {
        super(clock);
        this.stats = stats;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        String campaignId = request.pathParameter("campaignId");
        String route = request.routeKey();
        if (route.equals(WINNERS) || route.equals(WINNERS + ".csv")) {
            requireParameters(request, Set.of());
            return winners(request, campaignId, route.endsWith(".csv") || prefersCsv(request));
        }
        if (route.equals(STATS + "/datapackage.json")) {
            requireParameters(request, Set.of());
            return dataPackage(request, campaignId);
        }
        Optional<String> snapshot = Optional.empty();
        String resource;
        if (route.startsWith(STATS + "/snapshots/{date}")) {
            String date = request.pathParameter("date");
            boolean summaryAsCsv = route.equals(STATS + "/snapshots/{date}") && date.endsWith(".csv");
            snapshot = Optional.of(summaryAsCsv ? date.substring(0, date.length() - 4) : date);
            resource = route.equals(STATS + "/snapshots/{date}") ? (summaryAsCsv ? ".csv" : "") : "/" + request.pathParameter("resource");
        } else {
            resource = route.substring(STATS.length());
        }
        boolean csv = resource.endsWith(".csv") || prefersCsv(request);
        String name = resource.endsWith(".csv") ? resource.substring(0, resource.length() - 4) : resource;
        StatsStore.Scope scope = stats.scope(campaignId, snapshot);
        StatsTable table = switch (name) {
            case "" -> {
                requireParameters(request, Set.of());
                yield stats.summary(scope, request.language());
            }
            case "/nominations" -> {
                requireParameters(request, Set.of("by"));
                yield stats.nominations(scope, dimensions(request), request.language());
            }
            case "/votes" -> {
                requireParameters(request, Set.of("industry", "category"));
                yield stats.votes(scope, request.queryParameter("industry"), request.queryParameter("category"), request.language());
            }
            case "/integrity" -> {
                requireParameters(request, Set.of());
                yield stats.integrity(scope, request.language());
            }
            case "/votes/timeline" -> {
                requireParameters(request, Set.of("interval", "from", "to"));
                yield stats.timeline(scope, interval(request), date(request, "from"), date(request, "to"), request.language());
            }
            default -> throw new NotFoundException("route-not-found", StatsMessages.RESOURCE_NOT_FOUND.text(name));
        };
        boolean frozen = snapshot.isPresent();
        if (csv) {
            return csv(request, table, frozen);
        }
        return StatsRepresentations.respond(request, Json.write(StatsRepresentations.json(table, request.language())),
                ApiResponses.JSON, frozen, Map.of());
    }

    private static APIGatewayV2HTTPResponse csv(ApiRequest request, StatsTable table, boolean frozen) {
        String file = table.dataset().replace('/', '-') + ".csv";
        return StatsRepresentations.respond(request, StatsRepresentations.csv(table), StatsRepresentations.CSV, frozen,
                Map.of("Content-Disposition", "inline; filename=\"" + file + "\""));
    }

    /**
     * The public result: as JSON, the tiers in the campaign's order with each winner's public profile (as
     * the candidate route shows it), then the ranking's rows; as CSV, the ranking's rows (their tier
     * columns say who was named). Live figures only: the votes keep their snapshots under /stats.
     */
    private APIGatewayV2HTTPResponse winners(ApiRequest request, String campaignId, boolean csv) {
        StatsService.Winners winners = stats.winners(campaignId, request.language());
        if (csv) {
            return csv(request, winners.ranking(), false);
        }
        Map<String, Object> table = StatsRepresentations.json(winners.ranking(), request.language());
        Object ranking = table.remove(winners.ranking().rowsMember());
        Map<String, Object> body = new LinkedHashMap<>(table);
        body.put("tiers", winners.tiers().stream().map(tier -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("tier", tier.tier().code());
            view.put("name", JsonViews.text(tier.tier().name()));
            view.put("winners", tier.winners().stream().map(winner -> CandidateViews.profile(winner, winners.campaign())).toList());
            return view;
        }).toList());
        body.put(winners.ranking().rowsMember(), ranking);
        return StatsRepresentations.respond(request, Json.write(body), ApiResponses.JSON, false, Map.of());
    }

    /**
     * Accept asks for CSV when text/csv weighs more than JSON by the q-values of their most specific
     * ranges (text/*, *&#47;* included); on a tie, when text/csv is named before application/json. No
     * Accept, or one that names neither, gets JSON.
     */
    static boolean prefersCsv(ApiRequest request) {
        String accept = request.header("accept").orElse("").toLowerCase(java.util.Locale.ROOT);
        double csv = acceptance(accept, "text", "csv");
        double json = acceptance(accept, "application", "json");
        if (csv != json) {
            return csv > json;
        }
        int csvAt = accept.indexOf("text/csv");
        int jsonAt = accept.indexOf("application/json");
        return csv > 0 && csvAt >= 0 && (jsonAt < 0 || csvAt < jsonAt);
    }

    /** The q of the most specific range of {@code accept} that matches type/subtype, 0 if none (RFC 9110 12.5.1). */
    private static double acceptance(String accept, String type, String subtype) {
        double best = 0;
        int bestSpecificity = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String[] media = parts[0].trim().split("/", 2);
            if (media.length != 2) {
                continue;
            }
            int specificity = media[0].equals(type) && media[1].equals(subtype) ? 2
                    : media[0].equals(type) && media[1].equals("*") ? 1
                    : media[0].equals("*") && media[1].equals("*") ? 0 : -1;
            if (specificity < 0 || specificity < bestSpecificity) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String[] parameter = parts[i].trim().split("=", 2);
                if (parameter.length == 2 && parameter[0].trim().equals("q")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(parameter[1].trim())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (specificity > bestSpecificity || q > best) {
                best = q;
                bestSpecificity = specificity;
            }
        }
        return best;
    }

    /** {@code by} once or twice (payload 2.0 joins repeated parameters with commas, so "a,b" is the same). */
    private static List<StatsDimension> dimensions(ApiRequest request) {
        List<String> codes = request.queryParameter("by").map(value -> List.of(value.split(",", -1))).orElse(List.of("status"));
        List<FieldError> errors = new ArrayList<>();
        List<StatsDimension> dimensions = new ArrayList<>();
        String allowed = String.join(", ", java.util.Arrays.stream(StatsDimension.values()).map(StatsDimension::code).toList());
        for (String code : codes) {
            Optional<StatsDimension> dimension = StatsDimension.of(code.trim());
            if (dimension.isEmpty()) {
                errors.add(FieldError.query("by", "unknown", StatsMessages.DIMENSION_UNKNOWN.text(code, allowed)));
            } else if (dimensions.contains(dimension.get())) {
                errors.add(FieldError.query("by", "repeated", StatsMessages.DIMENSION_REPEATED.text(code)));
            } else {
                dimensions.add(dimension.get());
            }
        }
        if (codes.size() > 2) {
            errors.add(FieldError.query("by", "count", StatsMessages.DIMENSION_COUNT.text()));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        return dimensions;
    }

    private static StatsService.Interval interval(ApiRequest request) {
        String value = request.queryParameter("interval").orElse("day");
        return switch (value) {
            case "day" -> StatsService.Interval.DAY;
            case "hour" -> StatsService.Interval.HOUR;
            default -> throw InvalidInputException.of(List.of(FieldError.query("interval", "enum", StatsMessages.INTERVAL_ENUM.text())));
        };
    }

    private static Optional<LocalDate> date(ApiRequest request, String parameter) {
        Optional<String> value = request.queryParameter(parameter);
        try {
            return value.map(LocalDate::parse);
        } catch (RuntimeException e) {
            throw InvalidInputException.of(List.of(FieldError.query(parameter, "date", StatsMessages.PARAMETER_DATE.text(parameter))));
        }
    }

    private static void requireParameters(ApiRequest request, Set<String> allowed) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : request.queryParameterNames()) {
            if (!allowed.contains(name)) {
                errors.add(FieldError.query(name, "unknown-parameter", allowed.isEmpty()
                        ? StatsMessages.PARAMETER_UNKNOWN.text(name)
                        : StatsMessages.PARAMETER_UNKNOWN_ALLOWED.text(name, String.join(", ", allowed))));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    /**
     * Every resource of the campaign as a Frictionless Data Package: the summary, nominations by each
     * dimension and each pair, the votes, both timelines, live and for every snapshot, each with the
     * URL of its CSV and its Table Schema.
     */
    private APIGatewayV2HTTPResponse dataPackage(ApiRequest request, String campaignId) {
        List<StatsStore.Snapshot> snapshots = stats.snapshots(campaignId);
        String base = request.baseUrl() + "/v1/campaigns/" + campaignId + "/stats";
        List<Map<String, Object>> resources = new ArrayList<>();
        addResources(resources, request, "", base + ".csv", base);
        for (StatsStore.Snapshot snapshot : snapshots) {
            String root = base + "/snapshots/" + snapshot.date();
            addResources(resources, request, "snapshot-" + snapshot.date() + "-", root + ".csv", root);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("profile", "data-package");
        body.put("name", "gongjiang-" + campaignId);
        body.put("title", StatsMessages.DATA_PACKAGE_TITLE.text().in(request.language()) + campaignId);
        body.put("homepage", base);
        body.put("licenses", List.of(StatsRepresentations.license()));
        body.put("snapshots", snapshots.stream().map(s -> Map.of("date", s.date().toString(), "takenAt", s.takenAt().toString(),
                "path", base + "/snapshots/" + s.date())).toList());
        body.put("resources", resources);
        return StatsRepresentations.respond(request, Json.write(body), ApiResponses.JSON, false, Map.of());
    }

    private static void addResources(List<Map<String, Object>> resources, ApiRequest request, String prefix, String summaryCsv,
                                     String root) {
        resources.add(resource(request, prefix + Datasets.SUMMARY, summaryCsv, StatsService.summaryFields()));
        for (List<StatsDimension> by : StatsDimension.tables()) {
            String query = String.join("&", by.stream().map(d -> "by=" + d.code()).toList());
            resources.add(resource(request, prefix + Datasets.nominations(by),
                    root + "/nominations.csv?" + query, StatsService.nominationFields(by)));
        }
        resources.add(resource(request, prefix + Datasets.VOTES, root + "/votes.csv", StatsService.voteFields()));
        resources.add(resource(request, prefix + Datasets.INTEGRITY, root + "/integrity.csv", StatsService.integrityFields()));
        resources.add(resource(request, prefix + Datasets.timeline(StatsService.Interval.DAY), root + "/votes/timeline.csv?interval=day",
                StatsService.timelineFields(StatsService.Interval.DAY)));
        resources.add(resource(request, prefix + Datasets.timeline(StatsService.Interval.HOUR), root + "/votes/timeline.csv?interval=hour",
                StatsService.timelineFields(StatsService.Interval.HOUR)));
    }

    private static Map<String, Object> resource(ApiRequest request, String name, String path, List<StatsTable.Field> fields) {
        Map<String, Object> resource = new LinkedHashMap<>();
        // Data Package names are lower case (a-z, 0-9, "-", "_", ".")
        resource.put("name", name.toLowerCase(java.util.Locale.ROOT));
        resource.put("path", path);
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("profile", "tabular-data-resource");
        resource.put("licenses", List.of(StatsRepresentations.license()));
        List<Map<String, Object>> schemaFields = fields.stream().map(field -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("name", field.name());
            view.put("type", field.type());
            view.put("title", field.title().in(request.language()));
            return view;
        }).toList();
        resource.put("schema", Map.of("fields", schemaFields, "missingValues", List.of("")));
        return resource;
    }
}
