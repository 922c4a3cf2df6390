package org.gongjiang.platform.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.api.Test;

class StreamPositionTest {

    @Property
    void stringOrderOfPositionsIsNumericOrderOfSequenceNumbers(
            @ForAll @BigRange(min = "0", max = "9999999999999999999999999999999999999999") BigInteger a,
            @ForAll @BigRange(min = "0", max = "9999999999999999999999999999999999999999") BigInteger b) {
        int positions = Integer.signum(StreamPosition.of(a.toString()).compareTo(StreamPosition.of(b.toString())));
        assertEquals(Integer.signum(a.compareTo(b)), positions);
    }

    @Test
    void shortAndLongSequenceNumbersCompareByValue() {
        assertTrue(StreamPosition.of("100000000000000000000000").isAfter(StreamPosition.of("99999999999999999999999")));
        assertEquals(StreamPosition.of("000123"), StreamPosition.of("123"));
    }

    @Test
    void anythingButDigitsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StreamPosition.of(""));
        assertThrows(IllegalArgumentException.class, () -> StreamPosition.of("12a"));
        assertThrows(IllegalArgumentException.class, () -> StreamPosition.of("1".repeat(41)));
    }
}
