package org.hyperlab.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartSpecTest {
    @Test
    void seriesCopiesItsArraysSoTheSpecStaysImmutable() {
        double[] x = {0, 1, 2};
        double[] y = {3, 4, 5};
        Series s = Series.line("run", x, y);
        x[0] = 99;
        y[0] = 99;
        assertEquals(0, s.x(0));
        assertEquals(3, s.y(0));
        s.x()[1] = 42;
        assertEquals(1, s.x(1));
    }

    @Test
    void seriesRejectsMismatchedLengthsNamingTheSeries() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Series.line("lr=0.1", new double[] {1, 2}, new double[] {1}));
        assertTrue(e.getMessage().contains("lr=0.1"), e.getMessage());
    }

    @Test
    void indexedSeriesStartsAtEpochZero() {
        Series s = Series.indexed("J", new double[] {5, 4, 3});
        assertArrayEquals(new double[] {0, 1, 2}, s.x());
    }

    @Test
    void finiteCountIgnoresNanAndInfinity() {
        Series s = Series.line("J", new double[] {0, 1, 2, 3},
                new double[] {1, Double.NaN, Double.POSITIVE_INFINITY, 2});
        assertEquals(2, s.finiteCount());
    }

    @Test
    void builderCollectsSeriesMarkersAndNotesAndShowsALegendOnlyForSeveralSeries() {
        LineChart one = LineChart.builder("t", "epoch", "J").line("a", new double[] {0}, new double[] {1}).build();
        assertFalse(one.legend());
        LineChart two = LineChart.builder("t", "epoch", "J")
                .line("training", new double[] {0, 1}, new double[] {2, 1})
                .line("validation", new double[] {0}, new double[] {3})
                .marker(1, 5.0 / 12, "local max")
                .best(3, -2.25, "global min")
                .note("final w = 2.9999, J = -2.2500")
                .logY()
                .build();
        assertTrue(two.legend());
        assertEquals(List.of("training", "validation"), two.series().stream().map(Series::name).toList());
        assertEquals(1, two.series("validation").size());
        assertNull(two.series("test"));
        assertEquals(2, two.markers().size());
        assertTrue(two.markers().get(1).highlight());
        assertEquals(Note.Corner.TOP_RIGHT, two.notes().get(0).corner());
        assertTrue(two.yAxis().log());
        assertFalse(two.xAxis().log());
        assertEquals("J", two.yAxis().label());
    }

    @Test
    void axisRangeMustBeOrdered() {
        assertThrows(IllegalArgumentException.class, () -> Axis.linear("w").withRange(5, -2));
        assertTrue(Axis.linear("w").withRange(-2, 5).hasRange());
        assertFalse(Axis.log("lr").hasRange());
    }

    @Test
    void gridIsAsSquareAsPossible() {
        LineChart panel = LineChart.builder("p", "x", "y").build();
        ChartGrid four = ChartGrid.of("runs", List.of(panel, panel, panel, panel));
        assertEquals(2, four.columns());
        assertEquals(2, four.rows());
        ChartGrid three = ChartGrid.of("runs", List.of(panel, panel, panel));
        assertEquals(2, three.columns());
        assertEquals(2, three.rows());
        ChartGrid five = ChartGrid.of("runs", List.of(panel, panel, panel, panel, panel));
        assertEquals(3, five.columns());
        assertEquals(2, five.rows());
    }

    @Test
    void gridsDoNotNestAndAreNotEmpty() {
        LineChart panel = LineChart.builder("p", "x", "y").build();
        ChartGrid inner = ChartGrid.of("inner", List.of(panel));
        assertThrows(IllegalArgumentException.class, () -> new ChartGrid("outer", 1, List.of(inner)));
        assertThrows(IllegalArgumentException.class, () -> new ChartGrid("empty", 1, List.of()));
    }
}
