package org.gongjiang.stats.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Disclosure control for counts of people (nominees, voters) with threshold k.
 *
 * <p>Primary suppression: a count above 0 and below k is never published. Secondary suppression: no
 * suppressed count may be recoverable from what is published, the totals included, nor from what a
 * reader knows of suppressed counts: at least 1 (zeros are published, and secondary suppression never
 * hides a zero), and at most k-1 where the answer says no secondary suppression was applied. Two
 * suppressed 1s whose sum is published are both 1; two suppressed counts of a line summing to 8 at k = 5
 * are both 4. A table with its totals, the totals negated, adds up to zero along every row and column:
 * a flow on the bipartite graph whose nodes are the lines (rows and the totals row, columns and the
 * totals column) and whose edges are the counts. Two tables agreeing with everything published differ
 * by a circulation, which splits into cycles that each keep every count within its bounds; so a
 * suppressed count can take another value exactly when some cycle of suppressed counts through it can
 * move by one unit within their bounds, a path in the residual graph ({@link Shifts}). Every suppressed
 * count is checked that way, and one that is pinned is freed by suppressing the cheapest path of
 * further non-zero counts; then all are checked again.
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

        /** The grand total, published if either one-way table publishes it (they share it). */
        public PublishedCount total() {
            return rowTotals.total().suppressed() ? columnTotals.total() : rowTotals.total();
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
        // the suppressed counts of a line with its total are parallel edges between two nodes, so one is free
        // exactly when another can move the opposite way within its bounds; a lone one never is, and takes
        // the smallest other count with it
        while (totalSuppressed || lineSuppressed > 0) {
            long upper = secondary ? Shifts.UNBOUNDED : threshold - 1;
            if (!lineHasDeterminedCount(counts, suppressed, total, totalSuppressed, upper)) {
                break;
            }
            // the smallest count that can also move down (2 or more), else the smallest at all
            int partner = -1;
            for (int i = 0; i < counts.length; i++) {
                if (!suppressed[i] && counts[i] > 0 && (partner < 0 || rank(counts[i]) < rank(counts[partner]))) {
                    partner = i;
                }
            }
            if (partner >= 0) {
                suppressed[partner] = true;
            } else if (!totalSuppressed) {
                totalSuppressed = true;
            } else {
                break; // every count is suppressed already: nothing more to hide
            }
            lineSuppressed++;
            secondary = true;
        }
        List<PublishedCount> published = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            published.add(suppressed[i] ? PublishedCount.withheld() : PublishedCount.of(counts[i]));
        }
        return new ProtectedLine(categories, published, totalSuppressed ? PublishedCount.withheld() : PublishedCount.of(total),
                secondary);
    }

    private static long rank(long count) {
        return count >= 2 ? count : Long.MAX_VALUE;
    }

    /** Whether some suppressed count of a line is fixed by its total and the bounds a reader knows. */
    private static boolean lineHasDeterminedCount(long[] counts, boolean[] suppressed, long total, boolean totalSuppressed,
                                                  long upper) {
        // the line as a table of one row with its total: inside counts in row 0, the total in its totals column
        int n = counts.length;
        long[][] value = new long[2][n + 1];
        boolean[][] hidden = new boolean[2][n + 1];
        long[][] bound = new long[2][n + 1];
        for (int j = 0; j < n; j++) {
            value[0][j] = counts[j];
            value[1][j] = counts[j];
            hidden[0][j] = suppressed[j];
            hidden[1][j] = suppressed[j];
            bound[0][j] = upper;
            bound[1][j] = upper;
        }
        value[0][n] = total;
        value[1][n] = total;
        hidden[0][n] = totalSuppressed;
        hidden[1][n] = totalSuppressed;
        bound[0][n] = upper;
        bound[1][n] = upper;
        return Shifts.firstDetermined(value, hidden, bound).isPresent();
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
        suppressed[rows][columns] = rowTotals.total().suppressed() && columnTotals.total().suppressed();

        boolean secondary = rowTotals.secondaryApplied() || columnTotals.secondaryApplied();
        boolean withheld = false;
        Optional<int[]> determined;
        while (!withheld && (determined = Shifts.firstDetermined(value, suppressed,
                bounds(rows, columns, secondary, rowTotals, columnTotals))).isPresent()) {
            // whatever is added is secondary suppression, after which a reader may no longer assume k-1 inside
            Optional<List<int[]>> path = Shifts.cheapestFreeing(value, suppressed, movable,
                    bounds(rows, columns, true, rowTotals, columnTotals), determined.get());
            if (path.isEmpty()) {
                withheld = true;
                break;
            }
            List<int[]> added = path.get().isEmpty()
                    ? smallestProtectable(value, suppressed, movable, bounds(rows, columns, true, rowTotals, columnTotals))
                    : path.get();
            if (added.isEmpty()) {
                withheld = true;
                break;
            }
            added.forEach(cell -> suppressed[cell[0]][cell[1]] = true);
            secondary = true;
        }

        List<List<PublishedCount>> cells = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            List<PublishedCount> row = new ArrayList<>(columns);
            for (int j = 0; j < columns; j++) {
                // a row or column whose published total is 0 is all zeros, withheld or not
                boolean zeroByTotal = !rowTotals.counts().get(i).suppressed() && value[i][columns] == 0
                        || !columnTotals.counts().get(j).suppressed() && value[rows][j] == 0;
                row.add((withheld && !zeroByTotal) || suppressed[i][j] ? PublishedCount.withheld() : PublishedCount.of(value[i][j]));
            }
            cells.add(row);
        }
        return new ProtectedTable(table.rows(), table.columns(), cells, rowTotals, columnTotals, secondary || withheld, withheld);
    }

    /**
     * A count to suppress when the only thing pinning {@code cell} is the reader's bound of k-1, so that
     * the answer truthfully says secondary suppression was applied: the smallest unsuppressed non-zero
     * inside count that, once suppressed, can itself move along a cycle (one that cannot would only be
     * another pinned count). None when no count can.
     */
    private static List<int[]> smallestProtectable(long[][] value, boolean[][] suppressed, boolean[][] movable, long[][] upper) {
        int[] best = null;
        for (int i = 0; i < value.length; i++) {
            for (int j = 0; j < value[0].length; j++) {
                if (!movable[i][j] || suppressed[i][j] || value[i][j] <= 0
                        || best != null && value[i][j] >= value[best[0]][best[1]]) {
                    continue;
                }
                suppressed[i][j] = true;
                if (Shifts.movable(value, suppressed, upper, i, j)) {
                    best = new int[] {i, j};
                }
                suppressed[i][j] = false;
            }
        }
        return best == null ? List.of() : List.<int[]>of(best);
    }

    /**
     * The most a reader may assume of each suppressed count of a two-way table: k-1 where the publication
     * it belongs to says no secondary suppression was applied (the inside: this table; a row or column
     * total: that one-way table; the grand total: either), else no bound.
     */
    private long[][] bounds(int rows, int columns, boolean secondary, ProtectedLine rowTotals, ProtectedLine columnTotals) {
        long[][] bound = new long[rows + 1][columns + 1];
        long primary = threshold - 1;
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                boolean applied;
                if (i < rows && j < columns) {
                    applied = secondary;
                } else if (i < rows) {
                    applied = rowTotals.secondaryApplied();
                } else if (j < columns) {
                    applied = columnTotals.secondaryApplied();
                } else {
                    applied = rowTotals.secondaryApplied() && columnTotals.secondaryApplied();
                }
                bound[i][j] = applied ? Shifts.UNBOUNDED : primary;
            }
        }
        return bound;
    }

    /**
     * Which suppressed counts a reader can pin down, bounds included. A table with its totals, the totals
     * negated, has every line summing to zero: a flow on the bipartite graph of rows and columns, each
     * count an edge. Two tables agreeing with everything published differ by a circulation, which splits
     * into cycles each of which alone keeps every count within its bounds; so a count can take another
     * value exactly when some cycle through it can move by one unit: raising a flow edge from its row to
     * its column, lowering it from the column back, and the cycle closing through other suppressed edges.
     */
    static final class Shifts {

        static final long UNBOUNDED = Long.MAX_VALUE / 4;

        private Shifts() {
        }

        /** A suppressed count that no cycle can move, if any: {row, column} in the table with totals. */
        static Optional<int[]> firstDetermined(long[][] value, boolean[][] hidden, long[][] upper) {
            for (int i = 0; i < value.length; i++) {
                for (int j = 0; j < value[0].length; j++) {
                    if (hidden[i][j] && !movable(value, hidden, upper, i, j)) {
                        return Optional.of(new int[] {i, j});
                    }
                }
            }
            return Optional.empty();
        }

        static boolean movable(long[][] value, boolean[][] hidden, long[][] upper, int i, int j) {
            int rows = value.length;
            return canRaise(value, upper, i, j) && reaches(value, hidden, upper, rows + j, i, i, j)
                    || canLower(value, upper, i, j) && reaches(value, hidden, upper, i, rows + j, i, j);
        }

        /** A total's flow is its count negated: raising the flow lowers the count. */
        private static boolean negated(long[][] value, int i, int j) {
            return (i == value.length - 1) != (j == value[0].length - 1);
        }

        static boolean canRaise(long[][] value, long[][] upper, int i, int j) {
            return negated(value, i, j) ? value[i][j] - 1 >= 1 : value[i][j] + 1 <= upper[i][j];
        }

        static boolean canLower(long[][] value, long[][] upper, int i, int j) {
            return negated(value, i, j) ? value[i][j] + 1 <= upper[i][j] : value[i][j] - 1 >= 1;
        }

        /** Whether {@code to} is reached from {@code from} along residual arcs of suppressed counts other than (skipI, skipJ). */
        private static boolean reaches(long[][] value, boolean[][] hidden, long[][] upper, int from, int to, int skipI, int skipJ) {
            int rows = value.length;
            int columns = value[0].length;
            boolean[] seen = new boolean[rows + columns];
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            queue.add(from);
            seen[from] = true;
            while (!queue.isEmpty()) {
                int node = queue.poll();
                if (node == to) {
                    return true;
                }
                boolean isRow = node < rows;
                int others = isRow ? columns : rows;
                for (int other = 0; other < others; other++) {
                    int i = isRow ? node : other;
                    int j = isRow ? other : node - rows;
                    if (!hidden[i][j] || i == skipI && j == skipJ) {
                        continue;
                    }
                    boolean arc = isRow ? canRaise(value, upper, i, j) : canLower(value, upper, i, j);
                    int next = isRow ? rows + j : i;
                    if (arc && !seen[next]) {
                        seen[next] = true;
                        queue.add(next);
                    }
                }
            }
            return false;
        }

        /**
         * The cheapest unsuppressed non-zero inside counts whose suppression lets {@code cell} move (Dijkstra on
         * the residual graph; suppressed counts cost nothing, a new one its value, and a new one is secondary,
         * so only its lower bound of 1 holds). Empty when nothing can free it.
         */
        static Optional<List<int[]>> cheapestFreeing(long[][] value, boolean[][] hidden, boolean[][] movable, long[][] upper,
                                                     int[] cell) {
            int rows = value.length;
            int i = cell[0];
            int j = cell[1];
            Optional<List<int[]>> best = Optional.empty();
            long bestCost = Long.MAX_VALUE;
            long[][] freed = new long[rows][];
            for (int r = 0; r < rows; r++) {
                freed[r] = upper[r].clone();
                for (int c = 0; c < value[0].length; c++) {
                    if (movable[r][c] && !hidden[r][c]) {
                        freed[r][c] = UNBOUNDED;
                    }
                }
            }
            for (boolean raise : new boolean[] {true, false}) {
                if (raise ? !canRaise(value, freed, i, j) : !canLower(value, freed, i, j)) {
                    continue;
                }
                int from = raise ? rows + j : i;
                int to = raise ? i : rows + j;
                long[] found = new long[1];
                Optional<List<int[]>> path = cheapestPath(value, hidden, movable, freed, from, to, i, j, found);
                if (path.isPresent() && found[0] < bestCost) {
                    bestCost = found[0];
                    best = path;
                }
            }
            return best;
        }

        private static Optional<List<int[]>> cheapestPath(long[][] value, boolean[][] hidden, boolean[][] movable, long[][] upper,
                                                          int from, int to, int skipI, int skipJ, long[] cost) {
            int rows = value.length;
            int columns = value[0].length;
            int nodes = rows + columns;
            long[] distance = new long[nodes];
            Arrays.fill(distance, Long.MAX_VALUE);
            int[][] via = new int[nodes][];
            int[] previous = new int[nodes];
            distance[from] = 0;
            PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
            queue.add(new long[] {0, from});
            while (!queue.isEmpty()) {
                long[] head = queue.poll();
                int node = (int) head[1];
                if (head[0] > distance[node]) {
                    continue;
                }
                if (node == to) {
                    break;
                }
                boolean isRow = node < rows;
                int others = isRow ? columns : rows;
                for (int other = 0; other < others; other++) {
                    int i = isRow ? node : other;
                    int j = isRow ? other : node - rows;
                    if (i == skipI && j == skipJ) {
                        continue;
                    }
                    long step;
                    if (hidden[i][j]) {
                        step = 0;
                    } else if (movable[i][j] && value[i][j] > 0) {
                        step = value[i][j];
                    } else {
                        continue;
                    }
                    boolean arc = isRow ? canRaise(value, upper, i, j) : canLower(value, upper, i, j);
                    int next = isRow ? rows + j : i;
                    if (arc && distance[node] + step < distance[next]) {
                        distance[next] = distance[node] + step;
                        via[next] = new int[] {i, j};
                        previous[next] = node;
                        queue.add(new long[] {distance[next], next});
                    }
                }
            }
            if (distance[to] == Long.MAX_VALUE) {
                return Optional.empty();
            }
            cost[0] = distance[to];
            List<int[]> added = new ArrayList<>();
            for (int node = to; node != from; node = previous[node]) {
                int[] cell = via[node];
                if (!hidden[cell[0]][cell[1]]) {
                    added.add(cell);
                }
            }
            return Optional.of(added);
        }
    }
}
