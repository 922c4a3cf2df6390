package org.gongjiang.local.emulator.schedule;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gongjiang.local.emulator.dynamodb.DynamoDbLocal;
import org.gongjiang.local.emulator.lambda.LambdaFunction;
import org.gongjiang.local.template.SamTemplate;

/**
 * EventBridge schedules of the template's functions: each runs at its rate (real time), and all can be
 * run at once with {@code POST /local/schedules/run}, which with {@code POST /local/clock} walks a
 * campaign past the close of its vote in seconds. Before a run, the stream mappings are let finish what
 * was written so far: on AWS the snapshot's settle time covers the aggregators' lag, but a local clock
 * jumped past a close would otherwise freeze counts the aggregators have not folded yet.
 */
public final class LocalSchedules implements AutoCloseable {

    private record Scheduled(SamTemplate.Schedule schedule, LambdaFunction function) {
    }

    /** Waits until the stream mappings are idle (bounded). */
    public interface StreamsIdle {
        void await() throws InterruptedException;
    }

    private final List<Scheduled> schedules = new ArrayList<>();
    private volatile boolean paused;
    private final Clock clock;
    private final StreamsIdle streamsIdle;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-schedules");
        thread.setDaemon(true);
        return thread;
    });

    public LocalSchedules(Clock clock, StreamsIdle streamsIdle) {
        this.clock = clock;
        this.streamsIdle = streamsIdle;
    }

    public void add(SamTemplate.Schedule schedule, LambdaFunction function) {
        schedules.add(new Scheduled(schedule, function));
    }

    public void start() {
        for (Scheduled scheduled : schedules) {
            long every = scheduled.schedule().every().toMillis();
            timer.scheduleAtFixedRate(() -> {
                synchronized (this) {
                    if (!paused) {
                        invoke(scheduled);
                    }
                }
            }, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Stops (or resumes) the timed runs; {@link #runAll} still runs. For a caller that moves the clock
     * faster than the streams follow (the integrity simulator compresses a day into minutes), so that
     * no window is evaluated before the stream has brought its votes, as the settle time ensures on AWS.
     * Pausing returns once a timed run under way has finished, so that nothing scheduled runs after it
     * (a test counting the DynamoDB requests behind one answer counts none of a schedule's).
     */
    public void pauseTimer(boolean pause) {
        // a timed run holds this monitor from its check of paused to its end: taking it waits for that run
        synchronized (this) {
            this.paused = pause;
        }
    }

    /** Runs every scheduled function now; what each answered, or its error. */
    public synchronized List<Map<String, Object>> runAll() {
        List<Map<String, Object>> results = new ArrayList<>();
        for (Scheduled scheduled : schedules) {
            results.add(invoke(scheduled));
        }
        return results;
    }

    private synchronized Map<String, Object> invoke(Scheduled scheduled) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("function", scheduled.function().name());
        result.put("schedule", scheduled.schedule().eventName());
        String event = """
                {"version":"0","id":"local","detail-type":"Scheduled Event","source":"aws.events","account":"000000000000",\
                "time":"%s","region":"%s","resources":[],"detail":{}}""".formatted(clock.instant(), DynamoDbLocal.REGION);
        try {
            streamsIdle.await();
            result.put("result", scheduled.function().invoke(event));
        } catch (LambdaFunction.InvocationError e) {
            result.put("error", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.put("error", "interrupted");
        }
        return result;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
