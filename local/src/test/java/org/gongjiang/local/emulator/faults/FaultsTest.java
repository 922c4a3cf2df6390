package org.gongjiang.local.emulator.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultsTest {

    @Test
    void aSpecNamesEachKindAndItsRate() {
        Faults faults = Faults.parse("dynamodb-throttle=0.5,dynamodb-error=0.5,lambda-crash=1,stream-delay=250ms,seed=3");
        assertTrue(faults.any());
        assertTrue(faults.touchesDynamoDb());
        faults.arm();
        for (int i = 0; i < 100; i++) {
            assertTrue(faults.nextDynamoCall() != Faults.DynamoFault.NONE, "throttle and error together take every call");
            assertTrue(faults.nextInvocation() != Faults.InvocationFault.NONE);
        }
        assertEquals(Duration.ofMillis(250), faults.nextStreamDelay());
        long injected = faults.injected().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(201, injected);
    }

    @Test
    void nothingIsInjectedBeforeTheStackArmsTheFaults() {
        Faults faults = Faults.parse("dynamodb-throttle=1,lambda-crash=1,stream-redeliver=1,stream-delay=5s");
        assertEquals(Faults.DynamoFault.NONE, faults.nextDynamoCall());
        assertEquals(Faults.InvocationFault.NONE, faults.nextInvocation());
        assertFalse(faults.redeliverStreamBatch());
        assertEquals(Duration.ZERO, faults.nextStreamDelay());
    }

    @Test
    void aBadSpecIsRefusedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> Faults.parse("dynamodb-throttle=2"));
        assertThrows(IllegalArgumentException.class, () -> Faults.parse("lambda-crash"));
        assertThrows(IllegalArgumentException.class, () -> Faults.parse("disk-full=0.1"));
        assertThrows(IllegalArgumentException.class, () -> Faults.parse("stream-delay=soon"));
        assertThrows(IllegalArgumentException.class, () -> Faults.parse("dynamodb-throttle=0.7,dynamodb-error=0.7"));
        assertFalse(Faults.none().any());
    }
}
