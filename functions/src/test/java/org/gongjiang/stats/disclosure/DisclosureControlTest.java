package org.gongjiang.stats.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;

/**
 * Disclosure control, checked by an auditor that does not share the implementation's reasoning: it
 * writes down every relation a reader of the published table knows (each row, each column and the
 * totals add up), puts the published numbers in, and asks linear algebra whether a suppressed count is
 * fixed by them (its unit vector lies in the row space of the relations over the suppressed unknowns).
 * Suppressed counts must also be positive, so that a small move along an undetermined direction keeps
 * every count non-negative: no suppressed count is determined even knowing counts are never negative.
 * Then it adds what a reader knows of the bounds (a suppressed count is at least 1, since zeros are
 * published, and at most k-1 where the answer says no secondary suppression was applied) and asks a
 * linear programme (Apache Commons Math's simplex) for each suppressed count's least and greatest value:
 * they must differ. The relations are those of a network, so both are whole numbers.
 */
class DisclosureControlTest {

    private static final List<String> LABELS = List.of("a", "b", "c", "d", "e", "f");

    @Test
    void aCountFromOneToKMinusOneIsSuppressedAndZeroAndKArePublished() {
        DisclosureControl control = new DisclosureControl(5);
        assertEquals(PublishedCount.of(0), control.single(0));
        assertTrue(control.single(1).suppressed());
        assertTrue(control.single(4).suppressed());
        assertNull(control.single(4).value());
        assertEquals(PublishedCount.of(5), control.single(5));
        assertEquals(PublishedCount.of(6), control.single(6));
    }

    @Test
    void aLoneSuppressedCountInALineTakesTheSmallestOtherCountWithIt() {
        DisclosureControl.ProtectedLine line = new DisclosureControl(5).protect(List.of("a", "b", "c", "d"), new long[] {3, 20, 9, 0});
        assertEquals(List.of(PublishedCount.withheld(), PublishedCount.of(20), PublishedCount.withheld(), PublishedCount.of(0)),
                line.counts());
        assertEquals(PublishedCount.of(32), line.total());
        assertTrue(line.secondaryApplied());
    }

    @Test
    void twoSuppressedCountsInALineNeedNothingMore() {
        DisclosureControl.ProtectedLine line = new DisclosureControl(5).protect(List.of("a", "b", "c"), new long[] {3, 2, 9});
        assertEquals(List.of(PublishedCount.withheld(), PublishedCount.withheld(), PublishedCount.of(9)), line.counts());
        assertFalse(line.secondaryApplied());
    }

    @Test
    void aTwoWayTableClosesEverySuppressedCountIntoACycle() {
        CountTable table = new CountTable(List.of("r1", "r2", "r3"), List.of("c1", "c2", "c3"),
                new long[][] {{2, 10, 12}, {8, 9, 15}, {11, 13, 14}});
        DisclosureControl.ProtectedTable protectedTable = new DisclosureControl(5).protect(table);
        assertTrue(protectedTable.cells().get(0).get(0).suppressed());
        assertTrue(protectedTable.secondaryApplied());
        assertFalse(protectedTable.withheld());
        assertProtected(table, protectedTable, 5);
        long suppressed = protectedTable.cells().stream().flatMap(List::stream).filter(PublishedCount::suppressed).count();
        assertEquals(4, suppressed, "the cheapest protection of one small count is a rectangle of four");
    }

    @Test
    void twoSmallCountsWhoseSumIsPublishedAreNotLeftPinnedByTheirBounds() {
        // two suppressed 1s of a line with a published total are both 1; two 4s at k = 5 both 4
        for (long[] counts : List.of(new long[] {1, 1, 9}, new long[] {4, 4, 9})) {
            DisclosureControl.ProtectedLine line = new DisclosureControl(5).protect(List.of("a", "b", "c"), counts);
            assertTrue(line.secondaryApplied(), java.util.Arrays.toString(counts));
            assertLineProtected(List.of("a", "b", "c"), counts, line, 5);
        }
    }

    @Test
    void aStatusByIndustryTableDoesNotGiveAwayTheCountsItHidesThroughTheBoundsOfKMinusOne() {
        // the demo campaign: 2 disqualified (materials), 2 rejected (medicine), finalists 6 per industry but 4
        // there; the finalist column total 32 and the row totals 6 pin both hidden 4s if every hidden count
        // is known to be at most 4, and through them the 2s
        CountTable table = new CountTable(List.of("electronics", "equipment", "food", "energy", "materials", "medicine"),
                List.of("DISQUALIFIED", "REJECTED", "FINALIST"),
                new long[][] {{0, 0, 6}, {0, 0, 6}, {0, 0, 6}, {0, 0, 6}, {2, 0, 4}, {0, 2, 4}});
        DisclosureControl.ProtectedTable protectedTable = new DisclosureControl(5).protect(table);
        assertTrue(protectedTable.secondaryApplied());
        // every other row holds one non-zero count, pinned by its published row total if suppressed, so no
        // cycle can be opened: the inside is withheld and only the two one-way tables are published
        assertTrue(protectedTable.withheld());
        assertTableProtected(table, protectedTable, 5);
    }

    @Property(tries = 2000)
    void noSuppressedCountOfAOneWayTableCanBeDerived(@ForAll("lines") long[] counts, @ForAll @IntRange(min = 2, max = 6) int k) {
        DisclosureControl.ProtectedLine line = new DisclosureControl(k).protect(LABELS.subList(0, counts.length), counts);
        assertLineProtected(LABELS.subList(0, counts.length), counts, line, k);
    }

    /** A one-way table is a table of one column whose row totals are its counts. */
    private static void assertLineProtected(List<String> labels, long[] counts, DisclosureControl.ProtectedLine line, int k) {
        List<List<PublishedCount>> cells = new ArrayList<>();
        line.counts().forEach(count -> cells.add(List.of(count)));
        assertProtected(CountTable.oneWay(labels, counts), cells, line.counts(), List.of(line.total()), line.total(), k,
                line.secondaryApplied(), line.secondaryApplied(), line.secondaryApplied());
    }

    @Property(tries = 3000)
    void noSuppressedCountOfATwoWayTableCanBeDerivedFromWhatIsPublished(@ForAll("tables") long[][] counts,
                                                                       @ForAll @IntRange(min = 2, max = 6) int k) {
        CountTable table = new CountTable(LABELS.subList(0, counts.length), LABELS.subList(0, counts[0].length), counts);
        DisclosureControl.ProtectedTable protectedTable = new DisclosureControl(k).protect(table);
        Statistics.label("inside").collect(protectedTable.withheld() ? "withheld" : protectedTable.secondaryApplied() ? "secondary" : "primary only");
        assertTableProtected(table, protectedTable, k);
        // the totals are exactly the one-way tables of each dimension, as their own endpoints publish them
        assertEquals(new DisclosureControl(k).protect(table.rows(), table.rowTotals()), protectedTable.rowTotals());
        assertEquals(new DisclosureControl(k).protect(table.columns(), table.columnTotals()), protectedTable.columnTotals());
    }

    @Provide
    Arbitrary<long[]> lines() {
        return smallCounts().array(long[].class).ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<long[][]> tables() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 5))
                .flatAs((rows, columns) -> smallCounts().array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows));
    }

    /** Mostly small counts, many zeros and many under k, some large. */
    private static Arbitrary<Long> smallCounts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(1, 6)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(7, 40)));
    }

    private static void assertTableProtected(CountTable table, DisclosureControl.ProtectedTable protectedTable, int k) {
        if (protectedTable.withheld()) {
            // only the totals are published: each is a one-way table and must hold on its own
            // only the totals are published, and the zeros of a line whose published total is 0
            for (int i = 0; i < table.rows().size(); i++) {
                for (int j = 0; j < table.columns().size(); j++) {
                    PublishedCount cell = protectedTable.cells().get(i).get(j);
                    boolean zeroByTotal = PublishedCount.of(0).equals(protectedTable.rowTotals().counts().get(i))
                            || PublishedCount.of(0).equals(protectedTable.columnTotals().counts().get(j));
                    assertEquals(zeroByTotal ? PublishedCount.of(0) : PublishedCount.withheld(), cell);
                }
            }
            assertLineProtected(table.rows(), table.rowTotals(), protectedTable.rowTotals(), k);
            assertLineProtected(table.columns(), table.columnTotals(), protectedTable.columnTotals(), k);
        } else {
            assertProtected(table, protectedTable, k);
        }
    }

    private static void assertProtected(CountTable table, DisclosureControl.ProtectedTable published, int k) {
        assertProtected(table, published.cells(), published.rowTotals().counts(), published.columnTotals().counts(),
                published.total(), k, published.secondaryApplied(), published.rowTotals().secondaryApplied(),
                published.columnTotals().secondaryApplied());
    }

    /**
     * The audit. Unknowns: every suppressed count, inside and in the totals. Relations: each row sums to
     * its total, each column to its total, the row totals and the column totals to the grand total.
     */
    private static void assertProtected(CountTable table, List<List<PublishedCount>> cells, List<PublishedCount> rowTotals,
                                        List<PublishedCount> columnTotals, PublishedCount total, int k, boolean insideSecondary,
                                        boolean rowSecondary, boolean columnSecondary) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        long[][] truth = new long[rows + 1][columns + 1];
        PublishedCount[][] shown = new PublishedCount[rows + 1][columns + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                truth[i][j] = table.count(i, j);
                shown[i][j] = cells.get(i).get(j);
            }
            truth[i][columns] = table.rowTotal(i);
            shown[i][columns] = rowTotals.get(i);
        }
        for (int j = 0; j < columns; j++) {
            truth[rows][j] = table.columnTotal(j);
            shown[rows][j] = columnTotals.get(j);
        }
        truth[rows][columns] = table.total();
        shown[rows][columns] = total;

        List<int[]> unknowns = new ArrayList<>();
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                long value = truth[i][j];
                if (value > 0 && value < k) {
                    assertTrue(shown[i][j].suppressed(), "count " + value + " at " + i + "," + j + " is under k=" + k);
                }
                if (shown[i][j].suppressed()) {
                    unknowns.add(new int[] {i, j});
                } else {
                    assertEquals(value, shown[i][j].value(), "a published count is the true count");
                }
            }
        }
        if (unknowns.isEmpty()) {
            return;
        }
        // one relation per line: the line's inside counts minus its total is zero
        List<double[]> relations = new ArrayList<>();
        for (int i = 0; i <= rows; i++) {
            double[] relation = new double[unknowns.size()];
            for (int u = 0; u < unknowns.size(); u++) {
                int[] cell = unknowns.get(u);
                if (cell[0] == i) {
                    relation[u] = cell[1] == columns ? -1 : 1;
                }
            }
            relations.add(relation);
        }
        for (int j = 0; j <= columns; j++) {
            double[] relation = new double[unknowns.size()];
            for (int u = 0; u < unknowns.size(); u++) {
                int[] cell = unknowns.get(u);
                if (cell[1] == j) {
                    relation[u] = cell[0] == rows ? -1 : 1;
                }
            }
            relations.add(relation);
        }
        int rank = rank(relations);
        for (int u = 0; u < unknowns.size(); u++) {
            int[] cell = unknowns.get(u);
            assertTrue(truth[cell[0]][cell[1]] > 0, "a suppressed count is never zero: " + cell[0] + "," + cell[1]);
            List<double[]> withUnit = new ArrayList<>(relations);
            double[] unit = new double[unknowns.size()];
            unit[u] = 1;
            withUnit.add(unit);
            assertEquals(rank + 1, rank(withUnit), "suppressed count at " + cell[0] + "," + cell[1]
                    + " is determined by the published counts; table " + java.util.Arrays.deepToString(table.counts()) + " k=" + k);
        }

        // the same relations with their published constants, and the bounds a reader knows; where every
        // non-zero count is suppressed, only zeros are published and what a reader can infer comes from the
        // rule alone (at k = 2 a suppressed count is 1 by definition), so there is nothing more to hide
        boolean anythingPublished = false;
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                anythingPublished |= truth[i][j] > 0 && !shown[i][j].suppressed();
            }
        }
        if (!anythingPublished) {
            return;
        }
        List<LinearConstraint> known = new ArrayList<>();
        for (int line = 0; line < rows + 1 + columns + 1; line++) {
            boolean isRow = line <= rows;
            int index = isRow ? line : line - rows - 1;
            double constant = 0;
            boolean any = false;
            for (int other = 0; other <= (isRow ? columns : rows); other++) {
                int i = isRow ? index : other;
                int j = isRow ? other : index;
                double sign = isRow ? (j == columns ? -1 : 1) : (i == rows ? -1 : 1);
                if (!shown[i][j].suppressed()) {
                    constant += sign * shown[i][j].value();
                } else {
                    any = true;
                }
            }
            if (any) {
                known.add(new LinearConstraint(relations.get(line), Relationship.EQ, -constant));
            }
        }
        for (int u = 0; u < unknowns.size(); u++) {
            int[] cell = unknowns.get(u);
            double[] unit = new double[unknowns.size()];
            unit[u] = 1;
            known.add(new LinearConstraint(unit, Relationship.GEQ, 1));
            boolean applied = cell[0] < rows && cell[1] < columns ? insideSecondary
                    : cell[0] < rows ? rowSecondary
                    : cell[1] < columns ? columnSecondary
                    : rowSecondary && columnSecondary;
            if (!applied) {
                known.add(new LinearConstraint(unit, Relationship.LEQ, k - 1));
            }
        }
        for (int u = 0; u < unknowns.size(); u++) {
            int[] cell = unknowns.get(u);
            double[] unit = new double[unknowns.size()];
            unit[u] = 1;
            double least = extreme(unit, known, GoalType.MINIMIZE);
            double greatest = extreme(unit, known, GoalType.MAXIMIZE);
            assertTrue(greatest - least > 0.5, "suppressed count " + truth[cell[0]][cell[1]] + " at " + cell[0] + "," + cell[1]
                    + " is pinned to [" + least + ", " + greatest + "] by the published counts and the bounds; table "
                    + java.util.Arrays.deepToString(table.counts()) + " k=" + k + " secondary " + insideSecondary + "/"
                    + rowSecondary + "/" + columnSecondary);
        }
    }

    /** The least or greatest value of {@code objective} under {@code constraints}; infinite when unbounded. */
    private static double extreme(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
        try {
            return new SimplexSolver().optimize(new MaxIter(10_000), new LinearObjectiveFunction(objective, 0),
                    new LinearConstraintSet(constraints), goal, new NonNegativeConstraint(true)).getValue();
        } catch (UnboundedSolutionException e) {
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
    }

    private static int rank(List<double[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        double[][] m = rows.stream().map(double[]::clone).toArray(double[][]::new);
        int columns = m[0].length;
        int rank = 0;
        for (int column = 0; column < columns && rank < m.length; column++) {
            int pivot = rank;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][column]) > Math.abs(m[pivot][column])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][column]) < 1e-9) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int r = 0; r < m.length; r++) {
                if (r != rank) {
                    double factor = m[r][column] / m[rank][column];
                    for (int c = column; c < columns; c++) {
                        m[r][c] -= factor * m[rank][c];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
