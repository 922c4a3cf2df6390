package org.gongjiang.platform.aws;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The function's configuration: its environment variables and its clock. On Lambda that is the process
 * environment and the system clock. The local stack runs every function in one JVM, so while it
 * constructs a handler it sets that function's own variables (from template.yaml) here, and the stack's
 * clock (which a local-only route can move, to walk a campaign through weeks in a test); the handler
 * then sees exactly what it would see on AWS, and a variable missing from the template fails locally as
 * it would in the cloud.
 */
public final class Environment {

    private static final ThreadLocal<Scope> SCOPE = new ThreadLocal<>();

    private Environment() {
    }

    public static Optional<String> optional(String name) {
        Scope scope = SCOPE.get();
        if (scope != null) {
            scope.reads().accept(name);
            return Optional.ofNullable(scope.variables().get(name));
        }
        return Optional.ofNullable(System.getenv(name));
    }

    /**
     * The clock the function tells time by, in whole milliseconds: every instant it writes or shows
     * (castAt, asOf, notice times in a problem's detail) reads the same on every platform, and no
     * client has to parse nanoseconds.
     */
    public static Clock clock() {
        Scope scope = SCOPE.get();
        return Clock.tick(scope != null ? scope.clock() : Clock.systemUTC(), Duration.ofMillis(1));
    }

    public static String require(String name) {
        return optional(name).filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalStateException("environment variable " + name + " is not set"));
    }

    /**
     * Runs {@code action} (typically a handler's no-arg constructor) seeing only {@code variables};
     * every name it asks for is passed to {@code reads}.
     */
    public static <T> T using(Map<String, String> variables, Consumer<String> reads, Supplier<T> action) {
        return using(variables, reads, Clock.systemUTC(), action);
    }

    /** As {@link #using(Map, Consumer, Supplier)}, telling time by {@code clock}. */
    public static <T> T using(Map<String, String> variables, Consumer<String> reads, Clock clock, Supplier<T> action) {
        Scope previous = SCOPE.get();
        SCOPE.set(new Scope(Map.copyOf(variables), reads, clock));
        try {
            return action.get();
        } finally {
            if (previous == null) {
                SCOPE.remove();
            } else {
                SCOPE.set(previous);
            }
        }
    }

    private record Scope(Map<String, String> variables, Consumer<String> reads, Clock clock) {
    }
}
