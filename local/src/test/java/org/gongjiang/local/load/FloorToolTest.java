package org.gongjiang.local.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How local/floor sums up its rounds: medians, so that one slow or fast minute of a shared VM moves it least. */
class FloorToolTest {

    @Test
    void aRoundsRatioIsTheStacksThroughputOverTheFloors() {
        assertEquals(0.75, new FloorTool.Round(800, 600).ratio(), 1e-9);
    }

    @Test
    void theSummaryOfAnOddNumberOfRoundsTakesTheMiddleRatioNotTheMean() {
        FloorTool.Summary summary = FloorTool.Summary.of(List.of(
                new FloorTool.Round(1000, 500), new FloorTool.Round(800, 680), new FloorTool.Round(700, 630)));

        assertEquals(0.85, summary.ratioMedian(), 1e-9);
        assertEquals(0.50, summary.ratioMin(), 1e-9);
        assertEquals(0.90, summary.ratioMax(), 1e-9);
        assertEquals(800, summary.floorMedian(), 1e-9);
        assertEquals(630, summary.stackMedian(), 1e-9);
    }

    @Test
    void theSummaryOfAnEvenNumberOfRoundsAveragesTheTwoMiddleRatios() {
        FloorTool.Summary summary = FloorTool.Summary.of(List.of(
                new FloorTool.Round(1000, 600), new FloorTool.Round(1000, 900), new FloorTool.Round(1000, 700),
                new FloorTool.Round(1000, 800)));

        assertEquals(0.75, summary.ratioMedian(), 1e-9);
        assertEquals(750, summary.stackMedian(), 1e-9);
    }

    @Test
    void noRoundsIsNoSummary() {
        assertThrows(IllegalArgumentException.class, () -> FloorTool.Summary.of(List.of()));
    }
}
