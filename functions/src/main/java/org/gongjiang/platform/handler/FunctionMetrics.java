package org.gongjiang.platform.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.gongjiang.platform.aws.Environment;

/**
 * The metrics of one invocation, added up while it runs and written when it ends as one line in
 * CloudWatch's embedded metric format (EMF): CloudWatch Logs turns the line into metrics of the
 * namespace {@value #NAMESPACE}, each with the dimension {@value #FUNCTION} (the function's name) and,
 * for a metric given one, a second dimension set that adds it (VotesRefused by Reason). No request
 * to CloudWatch is made: the line is the whole cost.
 *
 * <p>A value is a count or a duration, never an identifier: dimension values must come from a small
 * fixed set (function names, problem types), as each distinct value is a metric of its own.
 */
public final class FunctionMetrics {

    public static final String NAMESPACE = "Gongjiang";
    public static final String FUNCTION = "Function";

    /** The units used here, as EMF names them. */
    public enum Unit {
        COUNT("Count"), MILLISECONDS("Milliseconds");

        private final String emfName;

        Unit(String emfName) {
            this.emfName = emfName;
        }
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    private static final Pattern DIMENSION_VALUE = Pattern.compile("[A-Za-z0-9._:/-]{1,250}");
    /** Members of every line that are not metrics, and so cannot be a metric's or a dimension's name. */
    private static final Set<String> RESERVED = Set.of("_aws", FUNCTION, "level", "AWSRequestId");
    /**
     * Names and dimension values already found valid: they are the code's constants (a metric on every
     * vote), so each is matched against its pattern once, not on every invocation; bounded all the same.
     */
    private static final Set<String> CHECKED_NAMES = ConcurrentHashMap.newKeySet();
    private static final Set<String> CHECKED_VALUES = ConcurrentHashMap.newKeySet();
    private static final int MAX_CHECKED = 1000;
    /** The directives of each line shape met (which metrics, units and dimensions), rendered; bounded as above. */
    private static final Map<String, String> DIRECTIVES = new ConcurrentHashMap<>();

    private final String function;
    private final Optional<String> requestId;
    private final Map<Key, Observation> observations = new LinkedHashMap<>();

    private FunctionMetrics(String function, Optional<String> requestId) {
        this.function = Objects.requireNonNull(function, "function");
        this.requestId = requestId;
    }

    /**
     * The metrics of the invocation {@code context} runs. The function's name is the context's, which on
     * AWS is {@code AWS_LAMBDA_FUNCTION_NAME}, the physical name (what {@code !Ref} of the function gives
     * in the template), and in the local stack the template's logical id. Without a context (a test calling
     * a handler directly), that variable or {@code unnamed}.
     */
    public static FunctionMetrics of(Context context) {
        String name = context != null && context.getFunctionName() != null && !context.getFunctionName().isBlank()
                ? context.getFunctionName()
                : Environment.optional("AWS_LAMBDA_FUNCTION_NAME").filter(value -> !value.isBlank()).orElse("unnamed");
        return new FunctionMetrics(name, Optional.ofNullable(context).map(Context::getAwsRequestId));
    }

    /** The metrics of an invocation of {@code function}, with no request id (tests). */
    public static FunctionMetrics forFunction(String function) {
        return new FunctionMetrics(function, Optional.empty());
    }

    /** Adds {@code amount} to the count {@code name}, dimension {@value #FUNCTION}. */
    public FunctionMetrics count(String name, long amount) {
        return observe(new Key(name, Unit.COUNT, null, null), amount);
    }

    /**
     * Adds {@code amount} to the count {@code name}, published with the dimension sets
     * [{@value #FUNCTION}] and [{@value #FUNCTION}, {@code dimension}].
     */
    public FunctionMetrics count(String name, long amount, String dimension, String value) {
        requireName(dimension);
        if (value == null || !CHECKED_VALUES.contains(value)) {
            if (value == null || !DIMENSION_VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException("not a dimension value (a fixed word, not data): " + dimension);
            }
            remember(CHECKED_VALUES, value);
        }
        return observe(new Key(name, Unit.COUNT, dimension, value), amount);
    }

    /** Records a duration of {@code milliseconds} under {@code name}; several in one invocation are kept apart. */
    public FunctionMetrics milliseconds(String name, long milliseconds) {
        return observe(new Key(name, Unit.MILLISECONDS, null, null), milliseconds);
    }

    public boolean isEmpty() {
        return observations.isEmpty();
    }

    /**
     * The EMF documents of what was observed, timestamped {@code now}: one, unless the same metric or
     * dimension was given different values for a second dimension (each value needs its own line).
     */
    public List<String> lines(Instant now) {
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<Key, Observation> entry : observations.entrySet()) {
            Key key = entry.getKey();
            Line line = lines.stream().filter(candidate -> candidate.accepts(key)).findFirst().orElseGet(() -> {
                Line added = new Line();
                lines.add(added);
                return added;
            });
            line.add(key, entry.getValue());
        }
        return lines.stream().map(line -> line.render(now)).toList();
    }

    /** Writes the lines to standard output and forgets them; nothing when nothing was observed. */
    public void flush(Instant now) {
        // stdout, not LambdaLogger: with LogFormat JSON the logger nests text in a "message" string where CloudWatch finds no _aws; stdout passes as written
        flush(now, System.out::println);
    }

    void flush(Instant now, Consumer<String> out) {
        lines(now).forEach(out);
        observations.clear();
    }

    private FunctionMetrics observe(Key key, long value) {
        requireName(key.name());
        observations.computeIfAbsent(key, k -> new Observation()).add(key.unit(), value);
        return this;
    }

    private static void requireName(String name) {
        if (name != null && CHECKED_NAMES.contains(name)) {
            return;
        }
        if (name == null || !NAME.matcher(name).matches() || RESERVED.contains(name)) {
            throw new IllegalArgumentException("not a metric or dimension name: " + name);
        }
        remember(CHECKED_NAMES, name);
    }

    private static void remember(Set<String> checked, String value) {
        if (checked.size() < MAX_CHECKED) {
            checked.add(value);
        }
    }

    private record Key(String name, Unit unit, String dimension, String value) {
    }

    /** A count's sum, or a duration's values in the order observed. */
    private static final class Observation {
        private final List<Long> values = new ArrayList<>();

        void add(Unit unit, long value) {
            if (unit == Unit.COUNT && !values.isEmpty()) {
                values.set(0, values.getFirst() + value);
            } else {
                values.add(value);
            }
        }

        Object value() {
            return values.size() == 1 ? values.getFirst() : List.copyOf(values);
        }
    }

    /** One EMF document: the metrics it carries by the dimension (if any) they add to {@value #FUNCTION}. */
    private final class Line {
        private final Map<String, String> dimensions = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> metricsByDimension = new LinkedHashMap<>();
        private final Map<String, Unit> units = new LinkedHashMap<>();

        boolean accepts(Key key) {
            if (units.containsKey(key.name()) || dimensions.containsKey(key.name())
                    || (key.dimension() != null && units.containsKey(key.dimension()))) {
                return false;
            }
            return key.dimension() == null || !dimensions.containsKey(key.dimension())
                    || dimensions.get(key.dimension()).equals(key.value());
        }

        void add(Key key, Observation observation) {
            if (key.dimension() != null) {
                dimensions.put(key.dimension(), key.value());
            }
            metricsByDimension.computeIfAbsent(key.dimension() == null ? "" : key.dimension(), d -> new LinkedHashMap<>())
                    .put(key.name(), observation.value());
            units.put(key.name(), key.unit());
        }

        /**
         * The line's JSON, written field by field. What CloudWatch needs to know of the metrics (names, units,
         * dimension sets) is the same on every invocation of a function and is rendered once per shape: on the
         * vote path, building and serialising it as maps was an eighth of the handler's CPU (JMH).
         */
        String render(Instant now) {
            StringWriter out = new StringWriter(320);
            try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out)) {
                json.writeStartObject();
                json.writeObjectFieldStart("_aws");
                json.writeNumberField("Timestamp", now.toEpochMilli());
                json.writeFieldName("CloudWatchMetrics");
                json.writeRawValue(directives());
                json.writeEndObject();
                // a level, so that Lambda's log-level filtering (ApplicationLogLevel) files the line as INFO
                json.writeStringField("level", "INFO");
                if (requestId.isPresent()) {
                    json.writeStringField("AWSRequestId", requestId.get());
                }
                json.writeStringField(FUNCTION, function);
                for (Map.Entry<String, String> dimension : dimensions.entrySet()) {
                    json.writeStringField(dimension.getKey(), dimension.getValue());
                }
                for (Map<String, Object> metrics : metricsByDimension.values()) {
                    for (Map.Entry<String, Object> metric : metrics.entrySet()) {
                        json.writeFieldName(metric.getKey());
                        if (metric.getValue() instanceof List<?> values) {
                            json.writeStartArray();
                            for (Object value : values) {
                                json.writeNumber((Long) value);
                            }
                            json.writeEndArray();
                        } else {
                            json.writeNumber((Long) metric.getValue());
                        }
                    }
                }
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException("metrics line not written", e);
            }
            return out.toString();
        }

        /** The CloudWatchMetrics directives of this line's shape, as JSON. */
        private String directives() {
            StringBuilder shape = new StringBuilder(64);
            metricsByDimension.forEach((dimension, metrics) -> {
                shape.append(dimension).append('|');
                metrics.keySet().forEach(name -> shape.append(name).append(':').append(units.get(name).name()).append(','));
                shape.append(';');
            });
            String key = shape.toString();
            String known = DIRECTIVES.get(key);
            if (known != null) {
                return known;
            }
            List<Map<String, Object>> directives = new ArrayList<>();
            metricsByDimension.forEach((dimension, metrics) -> {
                List<List<String>> dimensionSets = dimension.isEmpty()
                        ? List.of(List.of(FUNCTION))
                        : List.of(List.of(FUNCTION), List.of(FUNCTION, dimension));
                List<Map<String, String>> definitions = metrics.keySet().stream().map(name -> {
                    Map<String, String> definition = new LinkedHashMap<>();
                    definition.put("Name", name);
                    definition.put("Unit", units.get(name).emfName);
                    return definition;
                }).toList();
                Map<String, Object> directive = new LinkedHashMap<>();
                directive.put("Namespace", NAMESPACE);
                directive.put("Dimensions", dimensionSets);
                directive.put("Metrics", definitions);
                directives.add(directive);
            });
            String rendered = Json.write(directives);
            if (DIRECTIVES.size() < MAX_CHECKED) {
                DIRECTIVES.put(key, rendered);
            }
            return rendered;
        }
    }
}
