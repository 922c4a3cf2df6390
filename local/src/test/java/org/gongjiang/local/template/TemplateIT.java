package org.gongjiang.local.template;

import static org.gongjiang.local.template.SamTemplate.list;
import static org.gongjiang.local.template.SamTemplate.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.DynamodbTimeWindowEvent;
import com.amazonaws.services.lambda.runtime.events.TimeWindowEventResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.gongjiang.local.emulator.lambda.LambdaFunction;
import org.gongjiang.platform.aws.Environment;
import org.gongjiang.testing.TestDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** template.yaml read as CloudFormation would, checked against the code it deploys. */
class TemplateIT {

    private static final Set<String> READ_ACTIONS = Set.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query",
            "dynamodb:Scan", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable", "secretsmanager:GetSecretValue",
            "s3:GetObject", "s3:ListBucket");

    private final SamTemplate template = TestDynamo.template();
    private final Map<String, Object> globals = map(map(template.document().get("Globals")).get("Function"));

    private Object property(SamTemplate.FunctionSpec function, String name) {
        return function.properties().getOrDefault(name, globals.get(name));
    }

    @Test
    void everyHandlerClassExistsWithANoArgConstructorAndImplementsTheInterfaceOfItsEvents() throws Exception {
        assertFalse(template.functions().isEmpty());
        for (SamTemplate.FunctionSpec function : template.functions().values()) {
            Class<?> type = Class.forName(function.handlerClass());
            assertEquals("handleRequest", function.handlerMethod(), function.logicalId());
            assertTrue(RequestHandler.class.isAssignableFrom(type), function.logicalId());
            assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), function.logicalId());
            Type[] io = LambdaFunction.requestHandlerTypes(type);
            if (!function.routes().isEmpty()) {
                assertEquals(List.of(APIGatewayV2HTTPEvent.class, APIGatewayV2HTTPResponse.class), List.of(io), function.logicalId());
                assertTrue(function.streams().isEmpty(), function.logicalId());
            } else if (!function.schedules().isEmpty()) {
                // a scheduled function takes the EventBridge event as a plain map
                assertEquals("java.util.Map<java.lang.String, java.lang.Object>", io[0].getTypeName(), function.logicalId());
                assertTrue(function.streams().isEmpty(), function.logicalId());
            } else if (!function.streams().isEmpty()) {
                assertEquals(List.of(DynamodbTimeWindowEvent.class, TimeWindowEventResponse.class), List.of(io), function.logicalId());
            } else {
                // invoked by an operator with a JSON event (the recounts)
                assertEquals("java.util.Map<java.lang.String, java.lang.Object>", io[0].getTypeName(), function.logicalId());
                assertTrue(List.of("RecountVotesFunction", "RecountNominationsFunction").contains(function.logicalId()),
                        function.logicalId() + " has no events: only the recounts are invoked by hand");
            }
        }
    }

    @Test
    void everyFunctionRunsJavaWithSnapStartOnAPublishedAliasAndLogsJson() {
        for (SamTemplate.FunctionSpec function : template.functions().values()) {
            String id = function.logicalId();
            assertTrue(Set.of("java21", "java25").contains(String.valueOf(property(function, "Runtime"))), id);
            assertEquals(SNAP_START_WHERE_OFFERED, map(property(function, "SnapStart")).get("ApplyOn"), id);
            assertEquals("live", property(function, "AutoPublishAlias"), id);
            assertEquals("JSON", map(property(function, "LoggingConfig")).get("LogFormat"), id);
            String jar = id.contains("Attachment") || id.equals("GetPublicPhotoFunction")
                    ? "functions/target/attachments.jar" : "functions/target/functions.jar";
            assertEquals(jar, property(function, "CodeUri"), id);
        }
    }

    private static final Object SNAP_START_WHERE_OFFERED = Map.of("Fn::If", List.of("SnapStartOffered", "PublishedVersions", "None"));

    private record Deployment(String partition, String region, boolean snapStart) {
    }

    @Test
    void snapStartIsOnWhereLambdaOffersItAndOffInTheChinaRegions() {
        Map<String, Object> conditions = map(template.document().get("Conditions"));
        for (Deployment deployment : List.of(new Deployment("aws", "us-east-1", true), new Deployment("aws", "eu-central-1", true),
                new Deployment("aws-cn", "cn-north-1", false), new Deployment("aws-cn", "cn-northwest-1", false),
                new Deployment("aws", "ap-east-2", false))) {
            Intrinsics intrinsics = new Intrinsics(
                    Map.of("AWS::Partition", deployment.partition(), "AWS::Region", deployment.region()), Map.of(), conditions);
            assertEquals(deployment.snapStart(), intrinsics.condition("SnapStartOffered"), deployment.region());
            assertEquals(deployment.snapStart() ? "PublishedVersions" : "None", intrinsics.resolve(SNAP_START_WHERE_OFFERED),
                    deployment.region());
        }
    }

    private static void strings(Object node, List<String> found) {
        if (node instanceof String text) {
            found.add(text);
        } else if (node instanceof Map<?, ?> m) {
            m.forEach((key, value) -> {
                strings(key, found);
                strings(value, found);
            });
        } else if (node instanceof List<?> l) {
            l.forEach(item -> strings(item, found));
        }
    }

    @Test
    void noArnOrUrlNamesAPartitionTheStackMayNotBeIn() {
        List<String> found = new ArrayList<>();
        strings(template.document(), found);
        for (String text : found) {
            assertFalse(text.matches("(?s).*arn:aws(-[a-z-]+)?:.*"), "partition hard-coded: " + text);
            assertFalse(text.contains("amazonaws.com"), "URL suffix hard-coded (amazonaws.com.cn in China): " + text);
        }
        assertTrue(found.stream().anyMatch(text -> text.contains("arn:${AWS::Partition}:")));
        assertTrue(found.stream().anyMatch(text -> text.contains("${AWS::URLSuffix}")));
    }

    // ---------------------------------------------------------------- alarms and dashboard

    private static final Object ALARM_TOPIC = List.of(Map.of("Ref", "AlarmTopic"));

    /** A metric an alarm reads, directly or in its metric math. */
    private record Watched(String namespace, String metric, Map<String, Object> dimensions) {
    }

    private Map<String, Map<String, Object>> alarms() {
        Map<String, Map<String, Object>> alarms = new LinkedHashMap<>();
        map(template.document().get("Resources")).forEach((id, resource) -> {
            if ("AWS::CloudWatch::Alarm".equals(map(resource).get("Type"))) {
                alarms.put(id, map(map(resource).get("Properties")));
            }
        });
        return alarms;
    }

    private static Watched watched(Map<String, Object> metric) {
        Map<String, Object> dimensions = new LinkedHashMap<>();
        list(metric.get("Dimensions")).forEach(d -> dimensions.put(String.valueOf(map(d).get("Name")), map(d).get("Value")));
        return new Watched(String.valueOf(metric.get("Namespace")), String.valueOf(metric.get("MetricName")), dimensions);
    }

    private static List<Watched> watchedBy(Map<String, Object> alarm) {
        List<Watched> watched = new ArrayList<>();
        if (alarm.containsKey("MetricName")) {
            watched.add(watched(alarm));
        }
        for (Object query : list(alarm.get("Metrics"))) {
            Map<String, Object> metric = map(map(map(query).get("MetricStat")).get("Metric"));
            if (!metric.isEmpty()) {
                watched.add(watched(metric));
            }
        }
        return watched;
    }

    /** The alarms that read this metric. */
    private Map<String, Map<String, Object>> alarmsOn(Watched metric) {
        Map<String, Map<String, Object>> on = new LinkedHashMap<>();
        alarms().forEach((id, alarm) -> {
            if (watchedBy(alarm).contains(metric)) {
                on.put(id, alarm);
            }
        });
        assertFalse(on.isEmpty(), "no alarm on " + metric);
        return on;
    }

    private static void assertAlarmsAbove(Map<String, Map<String, Object>> alarms, int threshold, String statistic) {
        alarms.forEach((id, alarm) -> {
            assertEquals("GreaterThanThreshold", alarm.get("ComparisonOperator"), id);
            assertEquals(threshold, ((Number) alarm.get("Threshold")).intValue(), id);
            if (statistic != null) {
                assertEquals(statistic, alarm.get("Statistic"), id);
            }
        });
    }

    @Test
    void everyAlarmNotifiesTheAlarmTopicWhenItFiresAndWhenItClearsAndSaysWhereTheRunbookIs() {
        Map<String, Map<String, Object>> alarms = alarms();
        assertTrue(alarms.size() >= 20 && alarms.size() <= 30, "a sane number of alarms: " + alarms.size());
        alarms.forEach((id, alarm) -> {
            assertEquals(ALARM_TOPIC, alarm.get("AlarmActions"), id);
            assertEquals(ALARM_TOPIC, alarm.get("OKActions"), id);
            assertTrue(String.valueOf(alarm.get("AlarmDescription")).contains("docs/operations.md"), id);
            assertEquals("notBreaching", alarm.get("TreatMissingData"), id);
            // CloudWatch refuses a metric-math alarm on more than 10 metrics
            assertTrue(watchedBy(alarm).size() <= 10, id);
        });
        assertEquals("AWS::SNS::Topic", template.resource("AlarmTopic").get("Type"));
    }

    @Test
    void alarmsAreMailedToAlarmEmailOnlyWhenOneIsGiven() {
        assertEquals("", map(template.parameters().get("AlarmEmail")).get("Default"));
        Map<String, Object> subscription = template.resource("AlarmEmailSubscription");
        assertEquals("AWS::SNS::Subscription", subscription.get("Type"));
        assertEquals("AlarmEmailGiven", subscription.get("Condition"));
        assertEquals(Map.of("TopicArn", Map.of("Ref", "AlarmTopic"), "Protocol", "email", "Endpoint", Map.of("Ref", "AlarmEmail")),
                subscription.get("Properties"));
        Map<String, Object> conditions = map(template.document().get("Conditions"));
        assertFalse(new Intrinsics(Map.of("AlarmEmail", ""), Map.of(), conditions).condition("AlarmEmailGiven"));
        assertTrue(new Intrinsics(Map.of("AlarmEmail", "ops@union.example"), Map.of(), conditions).condition("AlarmEmailGiven"));
    }

    @Test
    void everyStreamMappingAlarmsWhenItFallsAMinuteBehindAndTheFailureQueueOnItsFirstMessage() {
        List<String> streamFunctions = template.functions().values().stream().filter(f -> !f.streams().isEmpty())
                .map(SamTemplate.FunctionSpec::logicalId).toList();
        assertEquals(4, template.functions().values().stream().mapToInt(f -> f.streams().size()).sum(), "one mapping per function");
        for (String function : streamFunctions) {
            assertAlarmsAbove(alarmsOn(new Watched("AWS/Lambda", "IteratorAge", Map.of("FunctionName", Map.of("Ref", function)))),
                    60_000, "Maximum");
        }
        assertAlarmsAbove(alarmsOn(new Watched("AWS/SQS", "ApproximateNumberOfMessagesVisible",
                Map.of("QueueName", Map.of("Fn::GetAtt", List.of("AggregatorFailureQueue", "QueueName"))))), 0, "Maximum");
    }

    @Test
    void aggregationLagFromTheFunctionsOwnMetricAlarmsAtAMinuteForTheVoteAndNominationCounters() {
        for (String function : List.of("AggregateVotesFunction", "AggregateNominationsFunction")) {
            // the functions name their metrics by their Lambda name: on AWS the physical one, !Ref of the function
            assertAlarmsAbove(alarmsOn(new Watched("Gongjiang", "AggregationLag", Map.of("Function", Map.of("Ref", function)))),
                    60_000, "Maximum");
        }
    }

    @Test
    void everyFunctionsErrorsAndThrottlesAndTheHttpApisServerErrorsAreAlarmed() {
        for (SamTemplate.FunctionSpec function : template.functions().values()) {
            for (String metric : List.of("Errors", "Throttles")) {
                assertAlarmsAbove(alarmsOn(new Watched("AWS/Lambda", metric,
                        Map.of("FunctionName", Map.of("Ref", function.logicalId())))), 0, null);
            }
        }
        assertAlarmsAbove(alarmsOn(new Watched("AWS/ApiGateway", "5xx", Map.of("ApiId", Map.of("Ref", "HttpApi")))), 0, "Sum");
    }

    @Test
    void everyTablesAndIndexesThrottledReadsAndWritesAreAlarmed() {
        template.tables().forEach((table, properties) -> {
            for (String metric : List.of("ReadThrottleEvents", "WriteThrottleEvents")) {
                assertAlarmsAbove(alarmsOn(new Watched("AWS/DynamoDB", metric, Map.of("TableName", Map.of("Ref", table)))), 0, null);
                for (Object index : list(properties.get("GlobalSecondaryIndexes"))) {
                    assertAlarmsAbove(alarmsOn(new Watched("AWS/DynamoDB", metric, Map.of("TableName", Map.of("Ref", table),
                            "GlobalSecondaryIndexName", map(index).get("IndexName")))), 0, null);
                }
            }
        });
    }

    @Test
    void theDashboardGraphsEveryFunctionAndTableInTheStacksOwnRegion() throws Exception {
        Map<String, Object> dashboard = template.resource("Dashboard");
        assertEquals("AWS::CloudWatch::Dashboard", dashboard.get("Type"));
        String body = String.valueOf(map(map(dashboard.get("Properties")).get("DashboardBody")).get("Fn::Sub"));
        // what CloudFormation substitutes is kept as <name>: the rest must be JSON as it stands
        JsonNode widgets = new ObjectMapper().readTree(body.replaceAll("\\$\\{([^}]+)}", "<$1>")).get("widgets");
        assertTrue(widgets.size() >= 8);
        List<String> regions = new ArrayList<>();
        widgets.forEach(widget -> {
            if (widget.get("type").asText().equals("metric")) {
                regions.add(widget.get("properties").get("region").asText());
            }
        });
        assertFalse(regions.isEmpty());
        assertTrue(regions.stream().allMatch("<AWS::Region>"::equals), "every graph reads the stack's region: " + regions);
        for (String function : template.functions().keySet()) {
            assertTrue(body.contains("\"Errors\", \"FunctionName\", \"${" + function + "}\""), function);
            assertTrue(body.contains("\"Throttles\", \"FunctionName\", \"${" + function + "}\""), function);
        }
        for (String table : template.tables().keySet()) {
            assertTrue(body.contains("\"ReadThrottleEvents\", \"TableName\", \"${" + table + "}\""), table);
        }
        for (String metric : List.of("VotesAccepted", "VotesRefused", "AggregationLag", "IteratorAge")) {
            assertTrue(body.contains("\"" + metric + "\""), metric);
        }
    }

    /** Table logical ids named by a function's policies; secret statements must name the function's own secrets. */
    private Set<String> tablesInPolicies(SamTemplate.FunctionSpec function) {
        Set<String> tables = new TreeSet<>();
        List<Object> secretsGiven = function.environment().entrySet().stream()
                .filter(e -> e.getKey().endsWith("_SECRET_ARN")).map(Map.Entry::getValue).toList();
        List<Object> secretsGranted = new ArrayList<>();
        for (Object policy : function.policies()) {
            Map<String, Object> entry = map(policy);
            entry.forEach((kind, value) -> {
                if (kind.equals("Statement")) {
                    for (Object statement : list(value)) {
                        Object actions = map(statement).get("Action");
                        Object resources = map(statement).get("Resource");
                        List<?> named = resources instanceof List<?> l ? l : List.of(resources);
                        List<?> actionList = actions instanceof List<?> a ? a : List.of(actions);
                        boolean secrets = actionList.stream()
                                .allMatch(action -> String.valueOf(action).startsWith("secretsmanager:"));
                        boolean objects = actionList.stream().allMatch(action -> String.valueOf(action).startsWith("s3:"));
                        if (objects) {
                            named.forEach(resource -> assertTrue(String.valueOf(resource).contains("gongjiang-attachments-${StackUuid}"),
                                    function.logicalId() + ": S3 statements name the attachments bucket only: " + resource));
                        } else if (secrets) {
                            assertEquals(List.of("secretsmanager:GetSecretValue"), actions, function.logicalId());
                            secretsGranted.addAll(named);
                        } else {
                            named.forEach(resource -> tables.add(tableOf(resource)));
                        }
                    }
                } else {
                    tables.add(tableOf(map(value).get("TableName")));
                }
            });
        }
        assertEquals(Set.copyOf(secretsGiven), Set.copyOf(secretsGranted), function.logicalId() + ": secrets read = secrets granted");
        return tables;
    }

    private String tableOf(Object reference) {
        Map<String, Object> call = map(reference);
        String table = call.containsKey("Ref") ? String.valueOf(call.get("Ref"))
                : call.containsKey("Fn::GetAtt") ? String.valueOf(list(call.get("Fn::GetAtt")).getFirst())
                : call.containsKey("Fn::Sub") ? String.valueOf(call.get("Fn::Sub")).replaceAll("^\\$\\{(\\w+)\\.Arn}/index/\\*$", "$1")
                : "";
        assertTrue(template.tables().containsKey(table), "policy resource is not a table of the template: " + reference);
        return table;
    }

    @Test
    void eachFunctionsPoliciesNameExactlyTheTablesItsHandlerReads() {
        for (SamTemplate.FunctionSpec function : template.functions().values()) {
            Map<String, String> tableOfVariable = new LinkedHashMap<>();
            Map<String, String> environment = new LinkedHashMap<>();
            function.environment().forEach((name, value) -> {
                Object ref = map(value).get("Ref");
                if (ref != null && template.tables().containsKey(String.valueOf(ref))) {
                    tableOfVariable.put(name, String.valueOf(ref));
                }
                environment.put(name, value instanceof String text ? text : "x".repeat(64));
            });
            environment.put("DYNAMODB_ENDPOINT", "http://localhost:1");
            environment.put("AWS_REGION", "cn-north-1");
            Set<String> read = new HashSet<>();
            Environment.using(environment, read::add, () -> {
                try {
                    return Class.forName(function.handlerClass()).getConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(function.logicalId() + " cannot be built from its template environment", e);
                }
            });
            Set<String> tablesRead = read.stream().filter(tableOfVariable::containsKey).map(tableOfVariable::get)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> tablesGiven = new TreeSet<>(tableOfVariable.values());
            assertEquals(tablesGiven, tablesRead, function.logicalId() + ": every table variable is used");
            assertEquals(tablesRead, tablesInPolicies(function), function.logicalId() + ": policies name the tables it reads");
        }
    }

    @Test
    void functionsThatOnlyReadHaveOnlyReadPermissionsAndTheVotePathOnlyUpdatesBallots() {
        for (SamTemplate.FunctionSpec function : template.functions().values()) {
            boolean readOnly = !function.routes().isEmpty() && function.routes().stream().allMatch(r -> r.method().equals("GET"));
            List<String> actions = new ArrayList<>();
            for (Object policy : function.policies()) {
                map(policy).forEach((kind, value) -> {
                    if (kind.equals("Statement")) {
                        list(value).forEach(statement -> {
                            Object action = map(statement).get("Action");
                            (action instanceof List<?> l ? l : List.of(action)).forEach(a -> actions.add(String.valueOf(a)));
                        });
                    } else if (!kind.equals("DynamoDBReadPolicy")) {
                        actions.add(kind);
                    }
                });
            }
            if (readOnly) {
                assertTrue(READ_ACTIONS.containsAll(actions), function.logicalId() + " only reads: " + actions);
            }
        }
        SamTemplate.FunctionSpec castVote = template.functions().get("CastVoteFunction");
        assertEquals(List.of("dynamodb:UpdateItem"), list(map(list(map(castVote.policies().get(2)).get("Statement")).getFirst()).get("Action")));
    }

    @Test
    void tablesAreOnDemandWithPointInTimeRecoveryAndKeptWhenTheStackGoes() {
        assertEquals(Set.of("CampaignsTable", "CandidatesTable", "VotesTable", "CountersTable", "NominationsTable", "IntegrityTable"),
                template.tables().keySet());
        template.tables().forEach((id, properties) -> {
            assertEquals("PAY_PER_REQUEST", properties.get("BillingMode"), id);
            assertEquals(true, map(properties.get("PointInTimeRecoverySpecification")).get("PointInTimeRecoveryEnabled"), id);
            assertEquals("Retain", template.resource(id).get("DeletionPolicy"), id);
        });
        Map<String, Object> votes = template.tables().get("VotesTable");
        assertEquals("NEW_AND_OLD_IMAGES", map(votes.get("StreamSpecification")).get("StreamViewType"));
        assertEquals("expiresAt", map(votes.get("TimeToLiveSpecification")).get("AttributeName"));
    }

    @Test
    void theLocalTablesAreTheTemplatesTables() {
        for (Map.Entry<String, Map<String, Object>> table : template.tables().entrySet()) {
            TableDescription description = TestDynamo.client().describeTable(b -> b.tableName(table.getKey())).table();
            List<String> keys = list(table.getValue().get("KeySchema")).stream()
                    .map(k -> map(k).get("AttributeName") + ":" + map(k).get("KeyType")).toList();
            assertEquals(keys, description.keySchema().stream().map(k -> k.attributeName() + ":" + k.keyTypeAsString()).toList());
            Map<String, Object> stream = map(table.getValue().get("StreamSpecification"));
            if (stream.isEmpty()) {
                assertTrue(description.streamSpecification() == null || !description.streamSpecification().streamEnabled());
            } else {
                assertEquals(stream.get("StreamViewType"), description.streamSpecification().streamViewTypeAsString());
            }
            Map<String, Object> ttl = map(table.getValue().get("TimeToLiveSpecification"));
            if (!ttl.isEmpty()) {
                var local = TestDynamo.client().describeTimeToLive(b -> b.tableName(table.getKey())).timeToLiveDescription();
                assertEquals(ttl.get("AttributeName"), local.attributeName());
            }
        }
    }

    @Test
    void theStreamMappingsReportItemFailuresBisectRetryBoundedlyAndKeepWhatTheyGiveUpOn() {
        List<SamTemplate.StreamSource> sources = template.functions().values().stream()
                .flatMap(f -> f.streams().stream()).toList();
        assertEquals(Set.of("VotesTable", "NominationsTable"),
                sources.stream().map(SamTemplate.StreamSource::tableId).collect(java.util.stream.Collectors.toSet()));
        for (SamTemplate.StreamSource stream : sources) {
            Map<String, Object> p = stream.properties();
            assertEquals(List.of("ReportBatchItemFailures"), list(p.get("FunctionResponseTypes")));
            assertEquals(true, p.get("BisectBatchOnFunctionError"));
            int retries = (Integer) p.get("MaximumRetryAttempts");
            assertTrue(retries >= 0 && retries <= 10_000, "retries bounded: " + retries);
            assertEquals(86400, p.get("MaximumRecordAgeInSeconds"), "and bounded by the stream's retention");
            Map<String, Object> onFailure = map(map(p.get("DestinationConfig")).get("OnFailure"));
            assertEquals("SQS", onFailure.get("Type"));
            assertEquals(List.of("AggregatorFailureQueue", "Arn"), list(map(onFailure.get("Destination")).get("Fn::GetAtt")));
            // the exactly-once design: shard ids come with tumbling-window events, one batch per shard at a time
            int window = (Integer) p.get("TumblingWindowInSeconds");
            assertTrue(window >= 1 && window <= 900);
            assertEquals(1, p.get("ParallelizationFactor"));
            assertEquals("TRIM_HORIZON", p.get("StartingPosition"));
        }
    }

    /** The routes open to anyone; every other route needs a verified login. */
    static final Set<String> PUBLIC_ROUTES = Set.of(
            "GET /v1/openapi.json",
            "GET /v1/campaigns", "GET /v1/campaigns/{campaignId}", "GET /v1/campaigns/{campaignId}/candidates",
            "GET /v1/campaigns/{campaignId}/notices", "GET /v1/campaigns/{campaignId}/stats",
            "GET /v1/campaigns/{campaignId}/stats.csv", "GET /v1/campaigns/{campaignId}/stats/nominations",
            "GET /v1/campaigns/{campaignId}/stats/nominations.csv", "GET /v1/campaigns/{campaignId}/stats/votes",
            "GET /v1/campaigns/{campaignId}/stats/votes.csv", "GET /v1/campaigns/{campaignId}/stats/votes/timeline",
            "GET /v1/campaigns/{campaignId}/stats/votes/timeline.csv", "GET /v1/campaigns/{campaignId}/stats/datapackage.json",
            "GET /v1/campaigns/{campaignId}/stats/snapshots/{date}", "GET /v1/campaigns/{campaignId}/stats/snapshots/{date}/{resource+}",
            "GET /v1/campaigns/{campaignId}/stats/integrity", "GET /v1/campaigns/{campaignId}/stats/integrity.csv",
            "GET /v1/campaigns/{campaignId}/receipts/{receipt}", "GET /v1/campaigns/{campaignId}/candidates/{candidateId}",
            "GET /v1/campaigns/{campaignId}/winners", "GET /v1/campaigns/{campaignId}/winners.csv",
            "GET /v1/campaigns/{campaignId}/candidates/{candidateId}/photo", "GET /v1/campaigns/{campaignId}/notices/{nominationId}/photo");

    @Test
    void everyRouteButThePublicOnesNeedsTheJwtAuthorizerConfiguredByParameters() {
        Map<String, Object> api = template.httpApis().get("HttpApi");
        Map<String, Object> jwt = map(map(map(map(api.get("Auth")).get("Authorizers")).get("LoginJwt")).get("JwtConfiguration"));
        assertEquals(Map.of("Ref", "JwtIssuer"), jwt.get("issuer"));
        assertEquals(List.of(Map.of("Ref", "JwtAudience")), jwt.get("audience"));
        assertTrue(template.parameters().containsKey("JwtIssuer") && template.parameters().containsKey("JwtAudience"));
        assertEquals("LoginJwt", map(api.get("Auth")).get("DefaultAuthorizer"), "secure by default");
        for (SamTemplate.HttpRoute route : template.routes()) {
            if (PUBLIC_ROUTES.contains(route.routeKey())) {
                assertEquals("NONE", route.declaredAuthorizer().orElse(null), route.routeKey() + " is public on purpose");
            } else {
                assertEquals("LoginJwt", route.authorizer().orElse(null), route.routeKey());
            }
        }
    }

    @Test
    void everyRouteIsThrottledAndTheVoteRouteHasItsOwnLimits() {
        Map<String, Object> api = template.httpApis().get("HttpApi");
        Map<String, Object> defaults = map(api.get("DefaultRouteSettings"));
        assertNotNull(defaults.get("ThrottlingBurstLimit"));
        assertNotNull(defaults.get("ThrottlingRateLimit"));
        Set<String> routeKeys = template.routes().stream().map(SamTemplate.HttpRoute::routeKey).collect(Collectors.toSet());
        Map<String, Object> perRoute = map(api.get("RouteSettings"));
        assertTrue(perRoute.containsKey("POST /v1/campaigns/{campaignId}/votes"));
        assertTrue(routeKeys.containsAll(perRoute.keySet()), "route settings name existing routes: " + perRoute.keySet());
    }

    @Test
    void hashKeysAreReadFromSecretsManagerNeverPutInTheEnvironmentAndOutliveTheStack() {
        for (String id : List.of("VoterHashKeySecret", "PersonalDataKeySecret")) {
            Map<String, Object> secret = template.resource(id);
            assertEquals("AWS::SecretsManager::Secret", secret.get("Type"), id);
            assertEquals("Retain", secret.get("DeletionPolicy"), id);
        }
        assertEquals("CreateVoterHashKeySecret", template.resource("VoterHashKeySecret").get("Condition"));
        Object voterSecret = Map.of("Fn::If", List.of("CreateVoterHashKeySecret", Map.of("Ref", "VoterHashKeySecret"),
                Map.of("Ref", "ExistingVoterHashKeySecretArn")));
        for (SamTemplate.FunctionSpec function : template.functions().values()) {
            boolean votes = List.of("CastVoteFunction", "GetMyVotesFunction", "FileObjectionFunction", "CheckReceiptFunction")
                    .contains(function.logicalId());
            assertEquals(votes ? voterSecret : null, function.environment().get("VOTER_HASH_KEY_SECRET_ARN"), function.logicalId());
            boolean takesIdentityNumbers = List.of("SubmitNominationFunction", "AmendNominationFunction").contains(function.logicalId());
            assertEquals(takesIdentityNumbers ? Map.of("Ref", "PersonalDataKeySecret") : null,
                    function.environment().get("PERSONAL_DATA_KEY_SECRET_ARN"), function.logicalId());
            assertTrue(function.environment().values().stream().noneMatch(v -> String.valueOf(v).contains("resolve:secretsmanager")),
                    function.logicalId() + ": no secret value in the configuration");
        }
    }

    @Test
    void eachDeployedJarHoldsItsFunctionsAndNothingLocalOrExtra() throws Exception {
        Map<String, Object> globals = map(map(template.document().get("Globals")).get("Function"));
        Map<String, Set<String>> jars = new java.util.TreeMap<>();
        for (SamTemplate.FunctionSpec function : template.functions().values()) {
            String codeUri = String.valueOf(function.properties().getOrDefault("CodeUri", globals.get("CodeUri")));
            jars.computeIfAbsent(codeUri, uri -> entriesOf(TestDynamo.repositoryRoot().resolve(uri)));
            assertTrue(jars.get(codeUri).contains(function.handlerClass().replace('.', '/') + ".class"),
                    codeUri + " holds " + function.handlerClass());
        }
        assertEquals(Set.of("functions/target/attachments.jar", "functions/target/functions.jar"), jars.keySet());
        jars.forEach((jar, entries) -> {
            assertTrue(entries.stream().anyMatch(e -> e.startsWith("software/amazon/awssdk/http/urlconnection/")), jar);
            for (String forbidden : List.of("software/amazon/awssdk/http/apache/", "software/amazon/awssdk/http/apache5/",
                    "software/amazon/awssdk/http/nio/netty/", "io/netty/", "org/apache/http/",
                    "com/amazonaws/services/dynamodbv2/local/", "org/gongjiang/local/", "org/yaml/snakeyaml/",
                    "org/junit/", "org/eclipse/jetty/", "org/apache/logging/log4j/")) {
                assertTrue(entries.stream().noneMatch(e -> e.startsWith(forbidden)), jar + " holds " + forbidden);
            }
        });
        // the vote path deploys without the S3 client, which only the attachment functions use
        assertTrue(jars.get("functions/target/functions.jar").stream().noneMatch(e -> e.startsWith("software/amazon/awssdk/services/s3/")));
        assertTrue(jars.get("functions/target/attachments.jar").stream().anyMatch(e -> e.startsWith("software/amazon/awssdk/services/s3/")));
    }

    private static Set<String> entriesOf(Path jar) {
        assertTrue(Files.exists(jar), "build functions first: " + jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(e -> e.getName()).collect(Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theVoteEdgeAnswersItsOwnFailuresToReachTheApiAsARetriable503() {
        Map<String, Object> resources = map(template.document().get("Resources"));
        List<String> answered = new java.util.ArrayList<>();
        resources.forEach((id, resource) -> {
            Map<String, Object> definition = map(resource);
            if ("AWS::ApiGateway::GatewayResponse".equals(definition.get("Type"))) {
                Map<String, Object> properties = map(definition.get("Properties"));
                assertEquals("503", String.valueOf(properties.get("StatusCode")), id);
                assertEquals("'1'", map(properties.get("ResponseParameters")).get("gatewayresponse.header.Retry-After"), id);
                assertTrue(String.valueOf(map(properties.get("ResponseTemplates")).get("application/json"))
                        .contains("urn:gongjiang:problem:service-unavailable"), id);
                answered.add(String.valueOf(properties.get("ResponseType")));
            }
        });
        assertEquals(List.of("INTEGRATION_FAILURE", "INTEGRATION_TIMEOUT"), answered.stream().sorted().toList());
    }

    // ---------------------------------------------------------------- public web pages

    private Map<String, Object> properties(String logicalId) {
        return map(template.resource(logicalId).get("Properties"));
    }

    private Map<String, Object> distribution() {
        Map<String, Object> distribution = template.resource("PagesDistribution");
        assertEquals("AWS::CloudFront::Distribution", distribution.get("Type"));
        return map(map(distribution.get("Properties")).get("DistributionConfig"));
    }

    private Map<String, Object> origin(String id) {
        return list(distribution().get("Origins")).stream().map(SamTemplate::map).filter(o -> id.equals(o.get("Id")))
                .findFirst().orElseThrow(() -> new AssertionError("no origin " + id));
    }

    /** Both branches of an {@code Fn::If}, or the value itself. */
    private static List<Map<String, Object>> eitherBranch(Object value) {
        List<Object> branches = list(map(value).get("Fn::If"));
        return branches.isEmpty() ? List.of(map(value)) : List.of(map(branches.get(1)), map(branches.get(2)));
    }

    @Test
    void theAttachmentsBucketIsPrivateEncryptedExpiresItsFilesAndAllowsOnlyThePagesOriginOverTls() {
        Map<String, Object> bucket = template.resource("AttachmentsBucket");
        assertEquals("AWS::S3::Bucket", bucket.get("Type"));
        Map<String, Object> properties = map(bucket.get("Properties"));
        assertEquals(Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                properties.get("PublicAccessBlockConfiguration"));
        Object algorithm = map(map(list(map(properties.get("BucketEncryption")).get("ServerSideEncryptionConfiguration")).getFirst())
                .get("ServerSideEncryptionByDefault")).get("SSEAlgorithm");
        assertTrue(List.of("AES256", "aws:kms").contains(algorithm), "encrypted: " + algorithm);
        Map<String, Integer> expiryByPrefix = new HashMap<>();
        for (Object rule : list(map(properties.get("LifecycleConfiguration")).get("Rules"))) {
            assertEquals("Enabled", map(rule).get("Status"));
            expiryByPrefix.put(String.valueOf(map(rule).get("Prefix")), (Integer) map(rule).get("ExpirationInDays"));
        }
        assertEquals(1, expiryByPrefix.get("uploads/"), "unchecked uploads go after a day");
        assertTrue(expiryByPrefix.get("files/") >= 3650, "files outlive no campaign's longest retention by the backstop");
        String cors = String.valueOf(properties.get("CorsConfiguration"));
        assertFalse(cors.contains("\"*\"") || cors.contains("[*]") || cors.contains("=*,") || cors.contains("=*}"), cors);
        assertTrue(cors.contains("PagesDomainName") && cors.contains("PagesDistribution.DomainName"), cors);
        String policy = String.valueOf(template.resource("AttachmentsBucketPolicy").get("Properties"));
        assertTrue(policy.contains("aws:SecureTransport=false") && policy.contains("Effect=Deny"), policy);
    }

    @Test
    void thePagesBucketIsPrivateEncryptedAndReadOnlyByThePagesDistributionOverTls() {
        assertEquals("AWS::S3::Bucket", template.resource("PagesBucket").get("Type"));
        Map<String, Object> bucket = properties("PagesBucket");
        assertEquals(Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                bucket.get("PublicAccessBlockConfiguration"));
        assertEquals(List.of(Map.of("ObjectOwnership", "BucketOwnerEnforced")), list(map(bucket.get("OwnershipControls")).get("Rules")));
        assertFalse(list(map(bucket.get("BucketEncryption")).get("ServerSideEncryptionConfiguration")).isEmpty());
        assertFalse(bucket.containsKey("WebsiteConfiguration"), "a website endpoint is public");

        Map<String, Object> policy = properties("PagesBucketPolicy");
        assertEquals(Map.of("Ref", "PagesBucket"), policy.get("Bucket"));
        List<Map<String, Object>> allows = new ArrayList<>();
        List<Map<String, Object>> denies = new ArrayList<>();
        for (Object statement : list(map(policy.get("PolicyDocument")).get("Statement"))) {
            for (Map<String, Object> branch : eitherBranch(statement)) {
                (branch.get("Effect").equals("Allow") ? allows : denies).add(branch);
            }
        }
        Object distributionArn = Map.of("Fn::Sub", "arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${PagesDistribution}");
        Set<Object> readers = new HashSet<>();
        for (Map<String, Object> allow : allows) {
            assertEquals("s3:GetObject", allow.get("Action"), "the distribution only reads");
            assertEquals(Map.of("Fn::Sub", "${PagesBucket.Arn}/*"), allow.get("Resource"));
            Map<String, Object> principal = map(allow.get("Principal"));
            if (principal.containsKey("Service")) {
                // origin access control: the CloudFront service, and only on behalf of this distribution
                assertEquals(Map.of("Fn::Sub", "cloudfront.${AWS::URLSuffix}"), principal.get("Service"));
                assertEquals(distributionArn, map(map(allow.get("Condition")).get("StringEquals")).get("AWS:SourceArn"));
            } else {
                // origin access identity (China): this stack's own
                assertEquals(Map.of("CanonicalUser", Map.of("Fn::GetAtt", List.of("PagesOriginAccessIdentity", "S3CanonicalUserId"))),
                        principal);
            }
            readers.add(principal.keySet());
        }
        assertEquals(Set.of(Set.of("Service"), Set.of("CanonicalUser")), readers);
        assertTrue(denies.stream().anyMatch(deny -> "*".equals(deny.get("Principal")) && "s3:*".equals(deny.get("Action"))
                && Map.of("Bool", Map.of("aws:SecureTransport", "false")).equals(deny.get("Condition"))), "plain HTTP is refused");

        Map<String, Object> pages = origin("pages");
        assertEquals(List.of("PagesBucket", "RegionalDomainName"), list(map(pages.get("DomainName")).get("Fn::GetAtt")));
        assertEquals(Map.of("Fn::If", List.of("InChina", Map.of("Ref", "AWS::NoValue"),
                Map.of("Fn::GetAtt", List.of("PagesOriginAccess", "Outputs.OriginAccessControlId")))), pages.get("OriginAccessControlId"));
        assertEquals("index.html", distribution().get("DefaultRootObject"));
        assertEquals("pages", map(distribution().get("DefaultCacheBehavior")).get("TargetOriginId"));
    }

    @Test
    void theOriginAccessControlSignsWithSigV4InANestedStackSinceTheChinaRegionsLackItsType() throws Exception {
        Map<String, Object> resources = map(template.document().get("Resources"));
        resources.forEach((id, resource) -> assertFalse("AWS::CloudFront::OriginAccessControl".equals(map(resource).get("Type")),
                id + ": CloudFormation in cn-north-1 refuses the whole template for this type, whatever the condition"));
        Map<String, Object> nested = template.resource("PagesOriginAccess");
        assertEquals("AWS::Serverless::Application", nested.get("Type"));
        assertEquals("PagesReadWithOriginAccessControl", nested.get("Condition"));
        String location = String.valueOf(map(nested.get("Properties")).get("Location"));
        Map<String, Object> control = map(map(CloudFormationYaml.read(TestDynamo.repositoryRoot().resolve(location))
                .get("Resources")).get("OriginAccessControl"));
        assertEquals("AWS::CloudFront::OriginAccessControl", control.get("Type"));
        Map<String, Object> config = map(map(control.get("Properties")).get("OriginAccessControlConfig"));
        assertEquals("s3", config.get("OriginAccessControlOriginType"));
        assertEquals("always", config.get("SigningBehavior"));
        assertEquals("sigv4", config.get("SigningProtocol"));
    }

    @Test
    void v1GoesToTheHttpApiOnTheSameOriginUncachedWithTheTokenLanguageQueryAndViewerAddressForwarded() {
        List<Map<String, Object>> api = list(distribution().get("CacheBehaviors")).stream().map(SamTemplate::map)
                .filter(b -> "/v1/*".equals(b.get("PathPattern"))).toList();
        assertEquals(1, api.size());
        Map<String, Object> behaviour = api.getFirst();
        Map<String, Object> origin = origin(String.valueOf(behaviour.get("TargetOriginId")));
        assertEquals(Map.of("Fn::Sub", "${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}"), origin.get("DomainName"));
        assertEquals("https-only", map(origin.get("CustomOriginConfig")).get("OriginProtocolPolicy"));
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"), Set.copyOf(list(behaviour.get("AllowedMethods"))));
        assertEquals(Set.of("GET", "HEAD"), Set.copyOf(list(behaviour.get("CachedMethods"))), "a vote is never answered from a cache");
        assertEquals("https-only", behaviour.get("ViewerProtocolPolicy"), "a redirect would drop a vote's body");

        String cachePolicy = String.valueOf(map(behaviour.get("CachePolicyId")).get("Ref"));
        assertEquals("AWS::CloudFront::CachePolicy", template.resource(cachePolicy).get("Type"), "the stack's own policy, not a managed id");
        Map<String, Object> cache = map(properties(cachePolicy).get("CachePolicyConfig"));
        // CloudFront refuses a key on a policy with every TTL at 0: nothing kept unless the API allows it, then a second at most
        assertEquals(0, cache.get("MinTTL"));
        assertEquals(0, cache.get("DefaultTTL"));
        assertTrue(((Number) cache.get("MaxTTL")).intValue() <= 1, "MaxTTL " + cache.get("MaxTTL"));
        Map<String, Object> key = map(cache.get("ParametersInCacheKeyAndForwardedToOrigin"));
        assertEquals("whitelist", map(key.get("HeadersConfig")).get("HeaderBehavior"));
        assertTrue(list(map(key.get("HeadersConfig")).get("Headers")).containsAll(List.of("Authorization", "Accept-Language")));
        assertEquals("all", map(key.get("QueryStringsConfig")).get("QueryStringBehavior"));

        String requestPolicy = String.valueOf(map(behaviour.get("OriginRequestPolicyId")).get("Ref"));
        assertEquals("AWS::CloudFront::OriginRequestPolicy", template.resource(requestPolicy).get("Type"));
        Map<String, Object> forwarded = map(map(properties(requestPolicy).get("OriginRequestPolicyConfig")).get("HeadersConfig"));
        assertEquals("whitelist", forwarded.get("HeaderBehavior"), "not the viewer's Host: API Gateway routes by it");
        // the vote function reads both when BehindCloudFront=true (VoterAddress)
        assertTrue(list(forwarded.get("Headers")).containsAll(List.of("CloudFront-Viewer-Address", "User-Agent")));
        assertEquals(List.of("true", "false"), map(template.parameters().get("BehindCloudFront")).get("AllowedValues"));
    }

    private Map<String, Object> securityHeaders() {
        return map(map(properties("PagesSecurityHeadersPolicy").get("ResponseHeadersPolicyConfig")).get("SecurityHeadersConfig"));
    }

    /** The policy's directives, each with its sources (what CloudFormation substitutes kept as ${name}). */
    private Map<String, List<String>> contentSecurityPolicy() {
        Object policy = map(securityHeaders().get("ContentSecurityPolicy")).get("ContentSecurityPolicy");
        List<Object> sub = list(map(policy).get("Fn::Sub"));
        String text = String.valueOf(sub.isEmpty() ? policy : sub.getFirst());
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String directive : text.split(";")) {
            List<String> words = List.of(directive.trim().split("\\s+"));
            directives.put(words.getFirst(), words.subList(1, words.size()));
        }
        return directives;
    }

    @Test
    void thePagesContentSecurityPolicyAllowsNoInlineScriptNoFramingAndOnlyTheLoginProviderBesidesItself() {
        Map<String, List<String>> csp = contentSecurityPolicy();
        assertEquals(List.of("'self'"), csp.get("default-src"));
        assertEquals(List.of("'self'"), csp.get("script-src"), "no 'unsafe-inline', 'unsafe-eval' or other origin for scripts");
        assertEquals(List.of("'self'"), csp.get("style-src"));
        assertEquals(List.of("'none'"), csp.get("frame-ancestors"));
        assertEquals(List.of("'none'"), csp.get("object-src"));
        assertEquals(List.of("'self'"), csp.get("base-uri"));
        assertEquals(List.of("'self'", "${Login}${Edge}", "${Attachments}"), csp.get("connect-src"));
        assertEquals(List.of("'self'", "${Login}"), csp.get("form-action"));
        assertTrue(csp.values().stream().flatMap(List::stream).noneMatch(source -> source.startsWith("'unsafe-") || source.equals("*")),
                String.valueOf(csp));
        assertEquals(true, map(securityHeaders().get("ContentSecurityPolicy")).get("Override"));
        Map<String, Object> hsts = map(securityHeaders().get("StrictTransportSecurity"));
        assertTrue(((Number) hsts.get("AccessControlMaxAgeSec")).intValue() >= 31_536_000, "HSTS for a year at least");
        assertEquals(true, hsts.get("IncludeSubdomains"));
        assertEquals(true, hsts.get("Override"));
        assertEquals("DENY", map(securityHeaders().get("FrameOptions")).get("FrameOption"));
        assertEquals(true, map(securityHeaders().get("ContentTypeOptions")).get("Override"));
        assertNotNull(map(securityHeaders().get("ReferrerPolicy")).get("ReferrerPolicy"));
        Object headers = Map.of("Ref", "PagesSecurityHeadersPolicy");
        assertEquals(headers, map(distribution().get("DefaultCacheBehavior")).get("ResponseHeadersPolicyId"));
        list(distribution().get("CacheBehaviors")).forEach(b -> assertEquals(headers, map(b).get("ResponseHeadersPolicyId")));
    }

    private record PagesDeployment(String partition, String domain, boolean served, boolean originAccessControl) {
    }

    @Test
    void thePagesAreServedOutsideChinaAlwaysAndInChinaOnlyOnAnOwnDomainThroughAnOriginAccessIdentity() {
        Map<String, Object> conditions = map(template.document().get("Conditions"));
        for (PagesDeployment deployment : List.of(new PagesDeployment("aws", "", true, true),
                new PagesDeployment("aws", "vote.union.example", true, true), new PagesDeployment("aws-cn", "", false, false),
                new PagesDeployment("aws-cn", "vote.union.example.cn", true, false))) {
            Intrinsics intrinsics = new Intrinsics(Map.of("AWS::Partition", deployment.partition(), "ServePages", "true",
                    "PagesDomainName", deployment.domain(), "PagesCertificate", deployment.domain().isEmpty() ? "" : "ASCAEXAMPLE000000000"),
                    Map.of(), conditions);
            String name = deployment.toString();
            assertEquals(deployment.served(), intrinsics.condition("PagesServed"), name);
            assertEquals(!deployment.served(), intrinsics.condition("PagesNotServedInChina"), name);
            assertEquals(deployment.served() && deployment.originAccessControl(), intrinsics.condition("PagesReadWithOriginAccessControl"), name);
            assertEquals(deployment.served() && !deployment.originAccessControl(), intrinsics.condition("PagesReadWithOriginAccessIdentity"), name);
        }
        assertFalse(new Intrinsics(Map.of("AWS::Partition", "aws", "ServePages", "false", "PagesDomainName", ""), Map.of(), conditions)
                .condition("PagesServed"));
        for (String id : List.of("PagesBucket", "PagesBucketPolicy", "PagesDistribution", "PagesCachePolicy", "ApiCachePolicy",
                "ApiOriginRequestPolicy", "PagesSecurityHeadersPolicy")) {
            assertEquals("PagesServed", template.resource(id).get("Condition"), id);
        }
        assertEquals("PagesReadWithOriginAccessIdentity", template.resource("PagesOriginAccessIdentity").get("Condition"));
        Map<String, Object> outputs = map(template.document().get("Outputs"));
        for (String output : List.of("PagesBucketName", "PagesDistributionId", "PagesUrl", "PagesConfig")) {
            assertEquals("PagesServed", map(outputs.get(output)).get("Condition"), output);
        }
    }
}
