package org.gongjiang.local.emulator.faults;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The faults the local stack injects when started with {@code --faults}: what AWS does to a function
 * on a bad night, at rates the operator chooses. Off (all zero) by default.
 *
 * <ul>
 *   <li>{@code dynamodb-throttle=P}: that share of the functions' DynamoDB calls is answered 400
 *       ThrottlingException without reaching DynamoDB;</li>
 *   <li>{@code dynamodb-error=P}: that share is answered 500 InternalServerError, half of them before
 *       the call reaches DynamoDB and half after it took effect (the "timed out but written" case);</li>
 *   <li>{@code lambda-crash=P}: that share of invocations crashes, half before the handler runs and
 *       half after it ran (its work done, its answer lost); the container is then replaced;</li>
 *   <li>{@code container-recycle=P}: after that share of invocations the function's container is
 *       replaced (a new handler instance, built by its no-arg constructor);</li>
 *   <li>{@code stream-delay=DURATION} (e.g. {@code 5s}, {@code 500ms}): every stream batch is delivered
 *       that much later;</li>
 *   <li>{@code stream-redeliver=P}: that share of stream batches is delivered a second time after it
 *       succeeded (Lambda's at-least-once);</li>
 *   <li>{@code seed=N}: the random seed, to repeat a run.</li>
 * </ul>
 */
public final class Faults {

    private final double dynamoThrottle;
    private final double dynamoError;
    private final double lambdaCrash;
    private final double containerRecycle;
    private final Duration streamDelay;
    private final double streamRedeliver;
    private final SplittableRandom random;
    private final Map<String, AtomicLong> injected = new LinkedHashMap<>();
    // Off while the stack sets itself up (tables, the demo campaign's walk through review): the faults
    // are for the running service, not for its set-up.
    private volatile boolean armed;

    private Faults(double dynamoThrottle, double dynamoError, double lambdaCrash, double containerRecycle,
                   Duration streamDelay, double streamRedeliver, long seed) {
        this.dynamoThrottle = dynamoThrottle;
        this.dynamoError = dynamoError;
        this.lambdaCrash = lambdaCrash;
        this.containerRecycle = containerRecycle;
        this.streamDelay = streamDelay;
        this.streamRedeliver = streamRedeliver;
        this.random = new SplittableRandom(seed);
        for (String kind : new String[] {"dynamodbThrottled", "dynamodbErrorsBeforeWrite", "dynamodbErrorsAfterWrite",
                "lambdaCrashesBeforeHandler", "lambdaCrashesAfterHandler", "containersRecycled", "streamBatchesDelayed",
                "streamBatchesRedelivered"}) {
            injected.put(kind, new AtomicLong());
        }
    }

    public static Faults none() {
        return new Faults(0, 0, 0, 0, Duration.ZERO, 0, 1);
    }

    /** Reads {@code dynamodb-throttle=0.1,dynamodb-error=0.02,lambda-crash=0.01,stream-delay=5s}. */
    public static Faults parse(String spec) {
        double throttle = 0;
        double error = 0;
        double crash = 0;
        double recycle = 0;
        Duration delay = Duration.ZERO;
        double redeliver = 0;
        long seed = System.nanoTime();
        for (String part : spec.split(",")) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("--faults: " + trimmed + " needs a value (kind=value)");
            }
            String kind = trimmed.substring(0, equals);
            String value = trimmed.substring(equals + 1);
            switch (kind) {
                case "dynamodb-throttle" -> throttle = share(kind, value);
                case "dynamodb-error" -> error = share(kind, value);
                case "lambda-crash" -> crash = share(kind, value);
                case "container-recycle" -> recycle = share(kind, value);
                case "stream-delay" -> delay = duration(kind, value);
                case "stream-redeliver" -> redeliver = share(kind, value);
                case "seed" -> {
                    try {
                        seed = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--faults: seed must be a whole number, not " + value);
                    }
                }
                default -> throw new IllegalArgumentException("--faults: unknown kind " + kind + " (dynamodb-throttle, "
                        + "dynamodb-error, lambda-crash, container-recycle, stream-delay, stream-redeliver, seed)");
            }
        }
        if (throttle + error > 1) {
            throw new IllegalArgumentException("--faults: dynamodb-throttle and dynamodb-error together exceed 1");
        }
        return new Faults(throttle, error, crash, recycle, delay, redeliver, seed);
    }

    private static double share(String kind, String value) {
        try {
            double share = Double.parseDouble(value);
            if (share >= 0 && share <= 1) {
                return share;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("--faults: " + kind + " must be a share between 0 and 1, not " + value);
    }

    private static Duration duration(String kind, String value) {
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            if (value.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("--faults: " + kind + " must be a duration such as 5s or 500ms, not " + value);
    }

    /** From now on, inject. */
    public void arm() {
        armed = true;
    }

    public boolean any() {
        return touchesDynamoDb() || lambdaCrash > 0 || containerRecycle > 0 || !streamDelay.isZero() || streamRedeliver > 0;
    }

    public boolean touchesDynamoDb() {
        return dynamoThrottle > 0 || dynamoError > 0;
    }

    /** What happens to one DynamoDB call of a function. */
    public enum DynamoFault { NONE, THROTTLE, ERROR_BEFORE_WRITE, ERROR_AFTER_WRITE }

    public DynamoFault nextDynamoCall() {
        if (!armed) {
            return DynamoFault.NONE;
        }
        double draw = draw();
        if (draw < dynamoThrottle) {
            count("dynamodbThrottled");
            return DynamoFault.THROTTLE;
        }
        if (draw < dynamoThrottle + dynamoError) {
            boolean after = draw() < 0.5;
            count(after ? "dynamodbErrorsAfterWrite" : "dynamodbErrorsBeforeWrite");
            return after ? DynamoFault.ERROR_AFTER_WRITE : DynamoFault.ERROR_BEFORE_WRITE;
        }
        return DynamoFault.NONE;
    }

    /** What happens to one invocation of a function. */
    public enum InvocationFault { NONE, CRASH_BEFORE_HANDLER, CRASH_AFTER_HANDLER }

    public InvocationFault nextInvocation() {
        if (armed && lambdaCrash > 0 && draw() < lambdaCrash) {
            boolean after = draw() < 0.5;
            count(after ? "lambdaCrashesAfterHandler" : "lambdaCrashesBeforeHandler");
            return after ? InvocationFault.CRASH_AFTER_HANDLER : InvocationFault.CRASH_BEFORE_HANDLER;
        }
        return InvocationFault.NONE;
    }

    public boolean recycleContainer() {
        boolean recycle = armed && containerRecycle > 0 && draw() < containerRecycle;
        if (recycle) {
            count("containersRecycled");
        }
        return recycle;
    }

    /** How long to hold the next stream batch back (zero: none). */
    public Duration nextStreamDelay() {
        if (!armed || streamDelay.isZero()) {
            return Duration.ZERO;
        }
        count("streamBatchesDelayed");
        return streamDelay;
    }

    public boolean redeliverStreamBatch() {
        boolean again = armed && streamRedeliver > 0 && draw() < streamRedeliver;
        if (again) {
            count("streamBatchesRedelivered");
        }
        return again;
    }

    /** How many faults of each kind were injected so far (for /local/metrics and the load tool). */
    public Map<String, Long> injected() {
        Map<String, Long> counts = new LinkedHashMap<>();
        injected.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    private void count(String kind) {
        injected.get(kind).incrementAndGet();
    }

    private double draw() {
        synchronized (random) {
            return random.nextDouble();
        }
    }
}
