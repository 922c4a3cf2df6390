package org.gongjiang.stats.disclosure;

import java.util.List;

/**
 * Counts of people by one or two dimensions, before disclosure control: {@code counts[row][column]};
 * a one-way table has a single column. Labels are the categories' codes.
 */
public record CountTable(List<String> rows, List<String> columns, long[][] counts) {

    public CountTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException("one row of counts per row label");
        }
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != columns.size()) {
                throw new IllegalArgumentException("one count per column label in row " + i);
            }
            for (long count : counts[i]) {
                if (count < 0) {
                    throw new IllegalArgumentException("counts are never negative");
                }
            }
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    public static CountTable oneWay(List<String> categories, long[] counts) {
        long[][] column = new long[counts.length][1];
        for (int i = 0; i < counts.length; i++) {
            column[i][0] = counts[i];
        }
        return new CountTable(categories, List.of("count"), column);
    }

    public long count(int row, int column) {
        return counts[row][column];
    }

    public long rowTotal(int row) {
        long total = 0;
        for (long count : counts[row]) {
            total += count;
        }
        return total;
    }

    public long columnTotal(int column) {
        long total = 0;
        for (long[] row : counts) {
            total += row[column];
        }
        return total;
    }

    public long total() {
        long total = 0;
        for (int i = 0; i < rows.size(); i++) {
            total += rowTotal(i);
        }
        return total;
    }

    public long[] rowTotals() {
        long[] totals = new long[rows.size()];
        for (int i = 0; i < totals.length; i++) {
            totals[i] = rowTotal(i);
        }
        return totals;
    }

    public long[] columnTotals() {
        long[] totals = new long[columns.size()];
        for (int j = 0; j < totals.length; j++) {
            totals[j] = columnTotal(j);
        }
        return totals;
    }
}
