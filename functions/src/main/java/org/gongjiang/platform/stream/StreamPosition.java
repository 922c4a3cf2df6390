package org.gongjiang.platform.stream;

import java.util.Objects;

/**
 * A stream record's sequence number. DynamoDB Streams sequence numbers are decimal strings of 21 to 40
 * digits that grow within a shard; zero-padding them to 40 digits makes string order equal numeric
 * order, which is what a DynamoDB condition on a string attribute compares.
 */
public record StreamPosition(String value) implements Comparable<StreamPosition> {

    private static final int WIDTH = 40;

    public StreamPosition {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > WIDTH || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a stream sequence number: " + value);
        }
        value = "0".repeat(WIDTH - value.length()) + value;
    }

    public static StreamPosition of(String sequenceNumber) {
        return new StreamPosition(sequenceNumber);
    }

    @Override
    public int compareTo(StreamPosition other) {
        return value.compareTo(other.value);
    }

    public boolean isAfter(StreamPosition other) {
        return compareTo(other) > 0;
    }
}
