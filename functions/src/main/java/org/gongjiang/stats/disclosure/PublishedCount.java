package org.gongjiang.stats.disclosure;

/** A count as it is published: the number, or nothing when disclosure control suppressed it. */
public record PublishedCount(Long value, boolean suppressed) {

    public PublishedCount {
        if (suppressed == (value != null)) {
            throw new IllegalArgumentException("a count is either published or suppressed");
        }
    }

    public static PublishedCount of(long value) {
        return new PublishedCount(value, false);
    }

    public static PublishedCount withheld() {
        return new PublishedCount(null, true);
    }
}
