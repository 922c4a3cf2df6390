package org.gongjiang.local.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of template.yaml the local stack runs: functions with their handlers, environment,
 * HTTP routes and stream sources; the HTTP API's authorizers and CORS; the DynamoDB tables.
 */
public final class SamTemplate {

    private final Map<String, Object> document;
    private final Map<String, FunctionSpec> functions = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> tables = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> httpApis = new LinkedHashMap<>();

    private SamTemplate(Map<String, Object> document) {
        this.document = document;
        Map<String, Object> globals = map(map(document.get("Globals")).get("Function"));
        map(document.get("Resources")).forEach((logicalId, value) -> {
            Map<String, Object> resource = map(value);
            Map<String, Object> properties = map(resource.get("Properties"));
            switch (String.valueOf(resource.get("Type"))) {
                case "AWS::DynamoDB::Table" -> tables.put(logicalId, properties);
                case "AWS::Serverless::HttpApi" -> httpApis.put(logicalId, properties);
                case "AWS::Serverless::Function" -> functions.put(logicalId, FunctionSpec.of(logicalId, globals, properties));
                default -> {
                }
            }
        });
        functions.replaceAll((id, function) -> function.withDefaultAuthorizers(httpApis));
    }

    public static SamTemplate read(Path path) throws IOException {
        return new SamTemplate(CloudFormationYaml.read(path));
    }

    public Map<String, Object> document() {
        return document;
    }

    public Map<String, FunctionSpec> functions() {
        return functions;
    }

    /** Table logical id to its CloudFormation properties. */
    public Map<String, Map<String, Object>> tables() {
        return tables;
    }

    public Map<String, Map<String, Object>> httpApis() {
        return httpApis;
    }

    public Map<String, Object> parameters() {
        return map(document.get("Parameters"));
    }

    public List<HttpRoute> routes() {
        return functions.values().stream().flatMap(function -> function.routes().stream()).toList();
    }

    /** Properties of one resource, whatever its type. */
    public Map<String, Object> resource(String logicalId) {
        return map(map(map(document.get("Resources")).get(logicalId)));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** A SAM function: its handler and what the local stack needs to run it as Lambda would. */
    public record FunctionSpec(
            String logicalId,
            String handlerClass,
            String handlerMethod,
            Map<String, Object> environment,
            List<HttpRoute> routes,
            List<StreamSource> streams,
            List<Schedule> schedules,
            List<Object> policies,
            Map<String, Object> properties) {

        static FunctionSpec of(String logicalId, Map<String, Object> globals, Map<String, Object> properties) {
            String handler = String.valueOf(properties.get("Handler"));
            int separator = handler.indexOf("::");
            String handlerClass = separator < 0 ? handler : handler.substring(0, separator);
            String handlerMethod = separator < 0 ? "handleRequest" : handler.substring(separator + 2);
            Map<String, Object> environment = new LinkedHashMap<>(map(map(globals.get("Environment")).get("Variables")));
            environment.putAll(map(map(properties.get("Environment")).get("Variables")));
            List<HttpRoute> routes = new ArrayList<>();
            List<StreamSource> streams = new ArrayList<>();
            List<Schedule> schedules = new ArrayList<>();
            map(properties.get("Events")).forEach((eventName, value) -> {
                Map<String, Object> event = map(value);
                Map<String, Object> eventProperties = map(event.get("Properties"));
                switch (String.valueOf(event.get("Type"))) {
                    case "HttpApi" -> routes.add(HttpRoute.of(logicalId, eventProperties));
                    case "DynamoDB" -> streams.add(StreamSource.of(logicalId, eventName, eventProperties));
                    case "Schedule" -> schedules.add(Schedule.of(logicalId, eventName, eventProperties));
                    default -> throw new IllegalArgumentException(
                            logicalId + ": event type " + event.get("Type") + " is not run by the local stack");
                }
            });
            return new FunctionSpec(logicalId, handlerClass, handlerMethod, environment, List.copyOf(routes),
                    List.copyOf(streams), List.copyOf(schedules), list(properties.get("Policies")), properties);
        }

        FunctionSpec withDefaultAuthorizers(Map<String, Map<String, Object>> httpApis) {
            List<HttpRoute> resolved = routes.stream().map(route -> route.withDefaultAuthorizer(httpApis)).toList();
            return new FunctionSpec(logicalId, handlerClass, handlerMethod, environment, resolved, streams, schedules, policies,
                    properties);
        }
    }

    /**
     * An HTTP API route. {@code authorizer} is empty for a public route; otherwise it names the
     * HttpApi's authorizer (the route's own, else the API's DefaultAuthorizer).
     */
    public record HttpRoute(String functionId, String method, String path, String apiId,
                            Optional<String> declaredAuthorizer, Optional<String> authorizer) {

        static HttpRoute of(String functionId, Map<String, Object> properties) {
            String apiId = String.valueOf(map(properties.get("ApiId")).getOrDefault("Ref", ""));
            Object authorizer = map(properties.get("Auth")).get("Authorizer");
            return new HttpRoute(functionId, String.valueOf(properties.get("Method")).toUpperCase(),
                    String.valueOf(properties.get("Path")), apiId,
                    Optional.ofNullable(authorizer).map(String::valueOf), Optional.empty());
        }

        HttpRoute withDefaultAuthorizer(Map<String, Map<String, Object>> httpApis) {
            Object fallback = map(map(httpApis.get(apiId)).get("Auth")).get("DefaultAuthorizer");
            Optional<String> effective = declaredAuthorizer.or(() -> Optional.ofNullable(fallback).map(String::valueOf))
                    .filter(name -> !name.equals("NONE"));
            return new HttpRoute(functionId, method, path, apiId, declaredAuthorizer, effective);
        }

        /** The route key API Gateway uses, e.g. {@code POST /v1/campaigns/{campaignId}/votes}. */
        public String routeKey() {
            return method + " " + path;
        }
    }

    /** A DynamoDB stream event source of a function. */
    /** An EventBridge schedule (a Schedule event): only rate(N minute[s]|hour[s]|day[s]) runs locally. */
    public record Schedule(String functionId, String eventName, java.time.Duration every) {

        static Schedule of(String functionId, String eventName, Map<String, Object> properties) {
            String expression = String.valueOf(properties.get("Schedule"));
            java.util.regex.Matcher rate = java.util.regex.Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)")
                    .matcher(expression);
            if (!rate.matches()) {
                throw new IllegalArgumentException(functionId + ": the local stack runs rate(...) schedules, not " + expression);
            }
            long amount = Long.parseLong(rate.group(1));
            java.time.Duration every = switch (rate.group(2)) {
                case "minute", "minutes" -> java.time.Duration.ofMinutes(amount);
                case "hour", "hours" -> java.time.Duration.ofHours(amount);
                default -> java.time.Duration.ofDays(amount);
            };
            return new Schedule(functionId, eventName, every);
        }
    }

    public record StreamSource(String functionId, String eventName, String tableId, Map<String, Object> properties) {

        static StreamSource of(String functionId, String eventName, Map<String, Object> properties) {
            List<Object> getAtt = list(map(properties.get("Stream")).get("Fn::GetAtt"));
            if (getAtt.size() != 2 || !"StreamArn".equals(getAtt.get(1))) {
                throw new IllegalArgumentException(functionId + ": Stream must be !GetAtt <Table>.StreamArn");
            }
            return new StreamSource(functionId, eventName, String.valueOf(getAtt.get(0)), properties);
        }

        public int intProperty(String name, int fallback, Map<String, String> parameters) {
            Object value = properties.get(name);
            if (value == null) {
                return fallback;
            }
            Map<String, Object> ref = map(value);
            if (ref.containsKey("Ref")) {
                String parameter = String.valueOf(ref.get("Ref"));
                if (!parameters.containsKey(parameter)) {
                    throw new IllegalArgumentException("parameter " + parameter + " has no value");
                }
                return Integer.parseInt(parameters.get(parameter));
            }
            return Integer.parseInt(String.valueOf(value));
        }

        public boolean booleanProperty(String name) {
            return Boolean.parseBoolean(String.valueOf(properties.get(name)));
        }

        public List<String> functionResponseTypes() {
            return list(properties.get("FunctionResponseTypes")).stream().map(String::valueOf).toList();
        }
    }
}
