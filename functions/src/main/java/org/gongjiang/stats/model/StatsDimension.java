package org.gongjiang.stats.model;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.nomination.model.Nominee;
import org.gongjiang.nomination.model.RegionCode;

/**
 * The dimensions nomination statistics are tabulated by, one way or two ways. Every value is a code:
 * the campaign's own codes (industry, category, tier), the prefecture-level region code, or a band
 * named here. No value identifies a person on its own; disclosure control handles small counts.
 */
public enum StatsDimension {
    INDUSTRY("industry"),
    REGION("region"),
    CATEGORY("category"),
    TIER("tier"),
    SEX("sex"),
    AGE_BAND("ageBand"),
    YEARS_IN_TRADE_BAND("yearsInTradeBand"),
    FRONT_LINE("frontLine"),
    STATUS("status");

    /**
     * Age in the year of nomination (that year minus the birth year), in these bands; "to", not a bare
     * hyphen, so that a spreadsheet does not read "10-19" as the 19th of October.
     */
    public static final List<String> AGE_BANDS = List.of("under-25", "25-to-34", "35-to-44", "45-to-54", "55-and-over");
    public static final List<String> YEARS_IN_TRADE_BANDS = List.of("under-10", "10-to-19", "20-to-29", "30-and-over");
    /** The tier of a nomination not (yet) named a winner. */
    public static final String NO_TIER = "none";

    private final String code;

    StatsDimension(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<StatsDimension> of(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }

    /** Every table kept: each dimension alone, then each pair in this enum's order. */
    public static List<List<StatsDimension>> tables() {
        List<List<StatsDimension>> tables = new ArrayList<>();
        for (StatsDimension dimension : values()) {
            tables.add(List.of(dimension));
        }
        for (int a = 0; a < values().length; a++) {
            for (int b = a + 1; b < values().length; b++) {
                tables.add(List.of(values()[a], values()[b]));
            }
        }
        return tables;
    }

    /** The value of this dimension for a nomination. */
    public String valueOf(Nomination nomination) {
        Nominee nominee = nomination.nominee();
        return switch (this) {
            case INDUSTRY -> nominee.industry();
            case REGION -> RegionCode.prefecture(nominee.region());
            case CATEGORY -> nomination.category();
            case TIER -> nomination.tier().orElse(NO_TIER);
            case SEX -> nominee.sex().name();
            case AGE_BAND -> band(nomination.submittedAt().atZone(ZoneOffset.UTC).getYear() - nominee.birthYear(),
                    new int[] {25, 35, 45, 55}, AGE_BANDS);
            case YEARS_IN_TRADE_BAND -> band(nominee.yearsInTrade(), new int[] {10, 20, 30}, YEARS_IN_TRADE_BANDS);
            case FRONT_LINE -> nominee.frontLine() ? "yes" : "no";
            case STATUS -> nomination.status().name();
        };
    }

    private static String band(int value, int[] upperBounds, List<String> names) {
        for (int i = 0; i < upperBounds.length; i++) {
            if (value < upperBounds[i]) {
                return names.get(i);
            }
        }
        return names.getLast();
    }
}
