package org.gongjiang.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU time the benchmark's own threads spent per operation ({@code cpu.time.norm}, in µs), beside JMH's
 * wall-clock score: on a machine other work shares, a thread waiting for a core adds to the score but not to
 * this (JIT and GC threads are not counted; gc.alloc.rate.norm says what a vote allocates).
 * {@code benchmarks/run} adds it: {@code -prof org.gongjiang.benchmarks.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> before = Map.of();

    @Override
    public String getDescription() {
        return "CPU time of the benchmark threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        before = workers();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
        long spent = 0;
        for (Map.Entry<Long, Long> worker : workers().entrySet()) {
            spent += worker.getValue() - before.getOrDefault(worker.getKey(), 0L);
        }
        long operations = Math.max(1, result.getMetadata().getAllOps());
        return List.of(new ScalarResult("cpu.time.norm", spent / 1000.0 / operations, "us/op", AggregationPolicy.AVG));
    }

    private Map<Long, Long> workers() {
        Map<Long, Long> cpu = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().contains("jmh-worker")) {
                cpu.put(thread.threadId(), threads.getThreadCpuTime(thread.threadId()));
            }
        }
        return cpu;
    }
}
