package org.gongjiang.local.emulator.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.local.demo.DemoCampaign;
import org.gongjiang.local.load.LoadTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Under every fault the stack can inject, at rates far above a bad night on AWS, a voter's outcome is
 * never ambiguous and the counts stay exact: each vote answers 201, or 503 with Retry-After whose retry
 * answers 201 or 409 with the original receipt; never a 5xx without Retry-After, never a vote counted
 * twice or lost, whatever the aggregator's crashes, recycled containers and redelivered batches.
 */
class FaultsIT {

    // Half the stream batches redelivered: a run delivers only some fifteen batches, and every kind must
    // be injected at least once for the test to mean anything (at one in five, none came in 3.5 % of runs).
    private static final String FAULTS = "dynamodb-throttle=0.2,dynamodb-error=0.05,lambda-crash=0.05,container-recycle=0.05,"
            + "stream-redeliver=0.5,stream-delay=100ms,seed=11";
    private static LocalDeployment stack;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalDeployment.start(LocalDeployment.Options.ephemeral().withFaults(FAULTS));
    }

    @AfterAll
    static void stop() throws Exception {
        stack.close();
    }

    @Test
    void votesUnderEveryKindOfFaultSettleUnambiguouslyAndAreCountedExactlyOnce() throws Exception {
        LoadTool.Options options = new LoadTool.Options(stack.url(), DemoCampaign.CAMPAIGN_ID, 600, 100, 8, 0.05,
                Duration.ofSeconds(120), 5);
        LoadTool.Result result = new LoadTool(options).run();
        System.out.print("FaultsIT under " + FAULTS + "\n" + result.report());

        assertEquals(0, result.retries().ambiguousServerErrors(), "a 5xx without Retry-After: " + result.report());
        assertEquals(0, result.retries().noAnswer(), result.report());
        assertEquals(0, result.serverErrors(), "every 503 settled by its retries: " + result.report());
        assertTrue(result.exact(), result.report());
        assertTrue(result.retries().retriableAnswers() > 0, "the faults reached the voters: " + result.report());

        Map<String, Long> injected = result.faultsInjected();
        for (String kind : new String[] {"dynamodbThrottled", "dynamodbErrorsBeforeWrite", "dynamodbErrorsAfterWrite",
                "lambdaCrashesBeforeHandler", "lambdaCrashesAfterHandler", "containersRecycled", "streamBatchesDelayed",
                "streamBatchesRedelivered"}) {
            assertTrue(injected.getOrDefault(kind, 0L) > 0, kind + " was injected: " + injected);
        }
        assertEquals(0, stack.streams().stream().mapToLong(s -> s.discarded().size()).sum(),
                "no batch given up on: the aggregators got through every fault");
    }
}
