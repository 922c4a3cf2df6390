package org.gongjiang.local.emulator.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemSizesTest {

    @Test
    void namesAndStringsCountTheirUtf8Bytes() {
        assertEquals(2 + 3, ItemSizes.of(Map.of("pk", AttributeValue.fromS("abc"))));
        assertEquals(4 + 6, ItemSizes.of(Map.of("name", AttributeValue.fromS("工匠"))));
    }

    @Test
    void numbersCountAboutOneBytePerTwoDigitsPlusOne() {
        assertEquals(1 + 2, ItemSizes.of(Map.of("n", AttributeValue.fromN("7"))));
        assertEquals(1 + 4, ItemSizes.of(Map.of("n", AttributeValue.fromN("123456"))));
    }

    @Test
    void listsAndMapsAddThreeBytesAndOnePerElement() {
        assertEquals(1 + 3 + (1 + 1) + (1 + 1), ItemSizes.of(Map.of("l", AttributeValue.fromL(
                List.of(AttributeValue.fromS("a"), AttributeValue.fromS("b"))))));
        assertEquals(1 + 3 + (1 + 1 + 1), ItemSizes.of(Map.of("m", AttributeValue.fromM(Map.of("k", AttributeValue.fromS("v"))))));
    }

    @Test
    void aWriteCostsOneUnitPerStartedKilobyte() {
        assertEquals(1, ItemSizes.writeUnits(0));
        assertEquals(1, ItemSizes.writeUnits(1024));
        assertEquals(2, ItemSizes.writeUnits(1025));
    }
}
