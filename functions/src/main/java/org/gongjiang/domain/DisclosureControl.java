package org.gongjiang.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Disclosure control for counts of people (nominees, voters) with threshold k.
 *
 * <p>Primary suppression: a count above 0 and below k is never published. Secondary suppression: no
 * suppressed count may be recoverable from what is published, the totals included. A table with its
 * totals is a set of linear relations (each row, each column, the totals row and column add up); seen
 * as a graph whose nodes are the lines (rows, the totals row, columns, the totals column) and whose
 * edges are the suppressed counts, a suppressed count is determined by the published ones exactly when
 * its edge lies on no cycle (a bridge). So every bridge is closed into a cycle by suppressing the
 * cheapest path of further non-zero counts between its two ends. Suppressed counts are never zero: a
 * cycle of positive counts can then be shifted by a small amount either way, all relations kept, so
 * no suppressed count is determined even knowing that counts are never negative.
 *
 * <p>The totals of a two-way table are the one-way tables of its dimensions, protected first and on
 * their own, exactly as their own endpoints publish them; the two-way table then only adds suppression
 * inside. Where no path of non-zero counts can protect a count (very sparse tables), the table's inside
 * is withheld entirely and only its totals, the one-way tables, are published.
 */
public final class DisclosureControl {

    public static final int DEFAULT_THRESHOLD = 5;
    public static final String RULE = "counts of people from 1 to k-1 suppressed; secondary suppression so that no "
            + "suppressed count can be derived from published counts and totals";

    private final int threshold;

    public DisclosureControl(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** One count on its own (no total it adds up to): published unless it is from 1 to k-1. */
    public PublishedCount single(long count) {
        return isSensitive(count) ? PublishedCount.withheld() : PublishedCount.of(count);
    }

    private boolean isSensitive(long count) {
        return count > 0 && count < threshold;
    }

    /** A one-way table: its counts and their total. */
    public record ProtectedLine(List<String> categories, List<PublishedCount> counts, PublishedCount total,
                                boolean secondaryApplied) {
    }

    /** A two-way table: inside counts, row totals and column totals (each a protected one-way table). */
    public record ProtectedTable(List<String> rows, List<String> columns, List<List<PublishedCount>> cells,
                                 ProtectedLine rowTotals, ProtectedLine columnTotals, boolean secondaryApplied,
                                 boolean withheld) {

        public PublishedCount total() {
            return rowTotals.total();
        }
    }

    public ProtectedLine protect(List<String> categories, long[] counts) {
        long total = Arrays.stream(counts).sum();
        boolean[] suppressed = new boolean[counts.length];
        int lineSuppressed = 0;
        for (int i = 0; i < counts.length; i++) {
            suppressed[i] = isSensitive(counts[i]);
            lineSuppressed += suppressed[i] ? 1 : 0;
        }
        boolean totalSuppressed = isSensitive(total);
        lineSuppressed += totalSuppressed ? 1 : 0;
        boolean secondary = false;
        if (lineSuppressed == 1) {
            // the lone suppressed count would be the total minus the others: take the smallest other with it
            int partner = -1;
            for (int i = 0; i < counts.length; i++) {
                if (!suppressed[i] && counts[i] > 0 && (partner < 0 || counts[i] < counts[partner])) {
                    partner = i;
                }
            }
            if (partner >= 0) {
                suppressed[partner] = true;
            } else {
                totalSuppressed = true;
            }
            secondary = true;
        }
        List<PublishedCount> published = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            published.add(suppressed[i] ? PublishedCount.withheld() : PublishedCount.of(counts[i]));
        }
        return new ProtectedLine(categories, published, totalSuppressed ? PublishedCount.withheld() : PublishedCount.of(total),
                secondary);
    }

    public ProtectedTable protect(CountTable table) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        ProtectedLine rowTotals = protect(table.rows(), table.rowTotals());
        ProtectedLine columnTotals = protect(table.columns(), table.columnTotals());

        // The table with its totals: row `rows` holds the column totals, column `columns` the row totals.
        long[][] value = new long[rows + 1][columns + 1];
        boolean[][] suppressed = new boolean[rows + 1][columns + 1];
        boolean[][] movable = new boolean[rows + 1][columns + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                value[i][j] = table.count(i, j);
                suppressed[i][j] = isSensitive(value[i][j]);
                movable[i][j] = true;
            }
            value[i][columns] = table.rowTotal(i);
            suppressed[i][columns] = rowTotals.counts().get(i).suppressed();
        }
        for (int j = 0; j < columns; j++) {
            value[rows][j] = table.columnTotal(j);
            suppressed[rows][j] = columnTotals.counts().get(j).suppressed();
        }
        value[rows][columns] = table.total();
        suppressed[rows][columns] = rowTotals.total().suppressed();

        boolean secondary = rowTotals.secondaryApplied() || columnTotals.secondaryApplied();
        boolean withheld = false;
        Optional<int[]> bridge;
        while ((bridge = Bridges.first(suppressed)).isPresent()) {
            Optional<List<int[]>> path = cheapestDetour(value, suppressed, movable, bridge.get());
            if (path.isEmpty()) {
                withheld = true;
                break;
            }
            path.get().forEach(cell -> suppressed[cell[0]][cell[1]] = true);
            secondary = true;
        }

        List<List<PublishedCount>> cells = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            List<PublishedCount> row = new ArrayList<>(columns);
            for (int j = 0; j < columns; j++) {
                row.add(withheld || suppressed[i][j] ? PublishedCount.withheld() : PublishedCount.of(value[i][j]));
            }
            cells.add(row);
        }
        return new ProtectedTable(table.rows(), table.columns(), cells, rowTotals, columnTotals, secondary || withheld, withheld);
    }

    /**
     * The cheapest set of unsuppressed, non-zero inside counts that, with counts already suppressed,
     * joins the two lines of {@code bridge} without it (Dijkstra; a count costs its value, so small
     * counts go first).
     */
    private static Optional<List<int[]>> cheapestDetour(long[][] value, boolean[][] suppressed, boolean[][] movable, int[] bridge) {
        int rows = value.length;
        int columns = value[0].length;
        int nodes = rows + columns;
        long[] distance = new long[nodes];
        Arrays.fill(distance, Long.MAX_VALUE);
        int[][] via = new int[nodes][];
        int[] previous = new int[nodes];
        int start = bridge[0];
        int goal = rows + bridge[1];
        distance[start] = 0;
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        queue.add(new long[] {0, start});
        while (!queue.isEmpty()) {
            long[] head = queue.poll();
            int node = (int) head[1];
            if (head[0] > distance[node]) {
                continue;
            }
            if (node == goal) {
                break;
            }
            boolean isRow = node < rows;
            int line = isRow ? node : node - rows;
            int others = isRow ? columns : rows;
            for (int other = 0; other < others; other++) {
                int i = isRow ? line : other;
                int j = isRow ? other : line;
                if (i == bridge[0] && j == bridge[1]) {
                    continue;
                }
                long cost;
                if (suppressed[i][j]) {
                    cost = 0;
                } else if (movable[i][j] && value[i][j] > 0) {
                    cost = value[i][j];
                } else {
                    continue;
                }
                int next = isRow ? rows + j : i;
                if (distance[node] + cost < distance[next]) {
                    distance[next] = distance[node] + cost;
                    via[next] = new int[] {i, j};
                    previous[next] = node;
                    queue.add(new long[] {distance[next], next});
                }
            }
        }
        if (distance[goal] == Long.MAX_VALUE) {
            return Optional.empty();
        }
        List<int[]> added = new ArrayList<>();
        for (int node = goal; node != start; node = previous[node]) {
            int[] cell = via[node];
            if (!suppressed[cell[0]][cell[1]]) {
                added.add(cell);
            }
        }
        return Optional.of(added);
    }

    /** Bridges of the graph whose nodes are a table's lines and whose edges are its suppressed counts. */
    static final class Bridges {

        private Bridges() {
        }

        /** A suppressed count lying on no cycle, if any: {row, column} in the table with totals. */
        static Optional<int[]> first(boolean[][] suppressed) {
            int rows = suppressed.length;
            int columns = suppressed[0].length;
            int nodes = rows + columns;
            int[] order = new int[nodes];
            int[] low = new int[nodes];
            Arrays.fill(order, -1);
            int[] counter = {0};
            for (int root = 0; root < nodes; root++) {
                if (order[root] < 0) {
                    Optional<int[]> found = search(suppressed, root, -1, order, low, counter);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        }

        private static Optional<int[]> search(boolean[][] suppressed, int node, int parent, int[] order, int[] low,
                                              int[] counter) {
            int rows = suppressed.length;
            int columns = suppressed[0].length;
            order[node] = low[node] = counter[0]++;
            boolean isRow = node < rows;
            int line = isRow ? node : node - rows;
            int others = isRow ? columns : rows;
            for (int other = 0; other < others; other++) {
                int i = isRow ? line : other;
                int j = isRow ? other : line;
                if (!suppressed[i][j]) {
                    continue;
                }
                int next = isRow ? rows + j : i;
                if (next == parent) {
                    continue; // the graph is simple (one count per row and column), so this is the edge we came by
                }
                if (order[next] < 0) {
                    Optional<int[]> found = search(suppressed, next, node, order, low, counter);
                    if (found.isPresent()) {
                        return found;
                    }
                    low[node] = Math.min(low[node], low[next]);
                    if (low[next] > order[node]) {
                        return Optional.of(new int[] {i, j});
                    }
                } else {
                    low[node] = Math.min(low[node], order[next]);
                }
            }
            return Optional.empty();
        }
    }
}
