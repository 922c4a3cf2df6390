package org.gongjiang.local.emulator.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a request to an HTTP API route the way API Gateway does: same number of path segments,
 * literal segments equal, and where two routes match, the one with more literal segments wins; a
 * greedy last variable ({@code {name+}}) takes one or more remaining segments and loses to any
 * route without one.
 */
public final class RouteTable<T> {

    private final List<Entry<T>> entries = new ArrayList<>();

    public void add(String method, String pathTemplate, T target) {
        entries.add(new Entry<>(method, segments(pathTemplate), pathTemplate, target));
        entries.sort(Comparator.comparing((Entry<T> e) -> isGreedy(e.segments()))
                .thenComparing(Comparator.comparingLong((Entry<T> e) -> e.segments().stream().filter(s -> !isVariable(s)).count())
                        .reversed()));
    }

    public Optional<Match<T>> match(String method, String path) {
        List<String> requested = segments(path);
        for (Entry<T> entry : entries) {
            if (!entry.method().equals(method)) {
                continue;
            }
            Optional<Map<String, String>> parameters = bind(entry.segments(), requested);
            if (parameters.isPresent()) {
                return Optional.of(new Match<>(entry.target(), parameters.get(), method + " " + entry.template()));
            }
        }
        return Optional.empty();
    }

    /** Methods of routes whose path matches, whatever their method (for a helpful "wrong method" answer). */
    public List<String> methodsFor(String path) {
        List<String> requested = segments(path);
        return entries.stream().filter(e -> bind(e.segments(), requested).isPresent()).map(Entry::method).distinct().toList();
    }

    public List<String> routeKeys() {
        return entries.stream().map(e -> e.method() + " " + e.template()).sorted().toList();
    }

    private static Optional<Map<String, String>> bind(List<String> template, List<String> requested) {
        boolean greedy = isGreedy(template);
        if (greedy ? requested.size() < template.size() : template.size() != requested.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            if (greedy && i == template.size() - 1) {
                List<String> rest = requested.subList(i, requested.size());
                if (rest.stream().anyMatch(String::isEmpty)) {
                    return Optional.empty();
                }
                String name = template.get(i);
                parameters.put(name.substring(1, name.length() - 2), String.join("/", rest.stream().map(RouteTable::unescape).toList()));
                break;
            }
            String expected = template.get(i);
            String actual = requested.get(i);
            if (isVariable(expected)) {
                if (actual.isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(expected.substring(1, expected.length() - 1), unescape(actual));
            } else if (!expected.equals(actual)) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    /**
     * A path parameter's value: the front keeps an encoded slash or percent sign of a segment escaped so
     * that it does not split the path; the function gets it decoded, as from API Gateway.
     */
    private static String unescape(String segment) {
        return segment.replace("%2F", "/").replace("%25", "%");
    }

    private static boolean isGreedy(List<String> template) {
        return !template.isEmpty() && template.getLast().startsWith("{") && template.getLast().endsWith("+}");
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static List<String> segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
    }

    private record Entry<T>(String method, List<String> segments, String template, T target) {
    }

    public record Match<T>(T target, Map<String, String> pathParameters, String routeKey) {
    }
}
