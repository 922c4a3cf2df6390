package org.gongjiang.stats.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.platform.model.LocalizedText;

/**
 * One open-statistics resource as a table: its fields (a Frictionless Table Schema) and its rows, the
 * same whether it is sent as JSON or CSV. {@code rowsMember} names the JSON member that holds the rows
 * ({@code rows}, or {@code candidates} for the vote figures, as the voting API has always named them);
 * {@code extra} holds the few resource-specific members beside them (the vote total).
 */
public record StatsTable(String dataset, LocalizedText title, String campaignId, Instant asOf, Optional<LocalDate> snapshot,
                         List<Field> fields, List<Map<String, Object>> rows, String rowsMember, Disclosure disclosure,
                         Map<String, Object> extra) {

    public StatsTable {
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
        extra = Map.copyOf(extra);
    }

    /** A column: its name, its Table Schema type (string, integer, number, boolean, date), what it means. */
    public record Field(String name, String type, LocalizedText title) {
    }

    /**
     * The disclosure rule applied: counts of people from 1 to k-1 withheld ({@code peopleCounts} says
     * whether the table holds any), and whether secondary suppression withheld more.
     */
    public record Disclosure(int k, boolean peopleCounts, boolean secondaryApplied, boolean withheld) {
    }
}
