package org.hyperlab.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OtherChartsTest {
    private static final List<String> CLASSES = List.of("0", "1", "2");

    @Test
    void confusionMatrixKeepsRowsAsTrueClassesAndRendersCountsInCells() throws Exception {
        long[][] counts = {{50, 2, 0}, {3, 40, 7}, {0, 1, 61}};
        HeatMap cm = HeatMap.confusionMatrix("Confusion", counts, CLASSES);
        assertEquals(7, cm.value(1, 2));
        assertEquals("true class", cm.rowAxis());
        assertEquals("predicted class", cm.columnAxis());
        assertTrue(cm.showValues());
        String svg = ChartRenderer.svg(cm, 500, 450);
        ChartRendererTest.parseXml(svg);
        for (String count : List.of(">50<", ">40<", ">61<", ">7<")) {
            assertTrue(svg.contains(count), "cell text " + count + " missing");
        }
        assertEquals(450, ChartRendererTest.decode(ChartRenderer.png(cm, 500, 450)).getHeight());
    }

    @Test
    void heatMapRejectsRaggedRowsAndSkipsNonFiniteCells() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> new HeatMap("h", "c", "r", List.of("a", "b"),
                List.of("x", "y"), new double[][] {{1, 2}, {3}}, true));
        HeatMap h = new HeatMap("h", "c", "r", List.of("a"), List.of("x", "y"),
                new double[][] {{Double.NaN, 2}}, true);
        String svg = ChartRenderer.svg(h, 300, 200);
        assertTrue(!svg.contains("NaN"), "a NaN cell stays blank");
    }

    @Test
    void barChartChecksGroupsAndHighlightAndDrawsTheChosenBand() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> BarChart.of("b", "lr", "J", CLASSES, new double[] {1, 2}, -1));
        assertThrows(IllegalArgumentException.class, () -> BarChart.of("b", "lr", "J", CLASSES, new double[] {1, 2, 3}, 3));
        BarChart bars = new BarChart("Validation J", "learning rate", "J", List.of("1e-4", "1e-3", "1e-2"),
                List.of(new BarChart.Group("batch 32", new double[] {0.31, 0.27, 0.29}),
                        new BarChart.Group("full batch", new double[] {1.2, Double.NaN, Double.POSITIVE_INFINITY})), 1);
        String svg = ChartRenderer.svg(bars, 600, 400);
        ChartRendererTest.parseXml(svg);
        assertTrue(svg.contains("chosen"));
        assertTrue(svg.contains("batch 32") && svg.contains("full batch"));
        assertEquals(600, ChartRendererTest.decode(ChartRenderer.png(bars, 600, 400)).getWidth());
    }

    @Test
    void parallelCoordinatesChecksRowWidthAndSurvivesNonFiniteAndNonPositiveLogValues() throws Exception {
        var dims = List.of(ParallelCoordinates.Dimension.log("lr"),
                ParallelCoordinates.Dimension.categorical("optimizer", List.of("sgd", "adam")),
                ParallelCoordinates.Dimension.linear("validation J"));
        assertThrows(IllegalArgumentException.class,
                () -> new ParallelCoordinates("p", dims, List.of(new double[] {1, 2}), -1));
        ParallelCoordinates pc = new ParallelCoordinates("Sweep", dims, List.of(
                new double[] {1e-3, 1, 0.27}, new double[] {1e-1, 0, Double.NaN}, new double[] {0, 1, 0.4},
                new double[] {1e-4, 0, 0.35}), 0);
        String svg = ChartRenderer.svg(pc, 700, 400);
        ChartRendererTest.parseXml(svg);
        assertTrue(svg.contains("optimizer") && svg.contains("adam") && svg.contains("validation J"));
        assertEquals(400, ChartRendererTest.decode(ChartRenderer.png(pc, 700, 400)).getHeight());
    }

    @Test
    void optimizationHistoryTracksTheBestSoFarIgnoringDivergedTrials() {
        double[] values = {0.5, Double.NaN, 0.3, 0.4, Double.NEGATIVE_INFINITY, 0.1};
        LineChart h = SweepCharts.optimizationHistory("History", "validation J", values, true);
        Series best = h.series("best so far");
        assertEquals(Series.Style.STEP, best.style());
        double[] expected = {0.5, 0.5, 0.3, 0.3, 0.3, 0.1};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], best.y(i), "trial " + i);
        }
        PointLabel mark = h.markers().get(0);
        assertTrue(mark.highlight());
        assertEquals(5, mark.x());
        assertEquals(0.1, mark.y());
        LineChart max = SweepCharts.optimizationHistory("History", "accuracy", new double[] {0.8, 0.9, 0.85}, false);
        assertEquals(0.9, max.series("best so far").y(2));
        assertEquals(1, SweepCharts.best(new double[] {0.8, 0.9, 0.85}, false));
        assertEquals(-1, SweepCharts.best(new double[] {Double.NaN}, true));
    }

    @Test
    void slicesAndLearningCurvesMarkTheBestAndThePruned() throws Exception {
        ChartGrid slices = SweepCharts.slices("Slices", List.of("lr", "batch size"),
                List.of(new double[] {1e-4, 1e-3, 1e-2}, new double[] {32, 128, 256}), List.of(true, false),
                "validation J", new double[] {0.4, 0.25, 0.3}, true);
        assertEquals(2, slices.panels().size());
        LineChart lr = (LineChart) slices.panels().get(0);
        assertTrue(lr.xAxis().log());
        assertEquals(1e-3, lr.markers().get(0).x());
        LineChart curves = SweepCharts.learningCurves("Curves", "validation J", List.of("t0", "t1"),
                List.of(new double[] {0.5, 0.4, 0.35}, new double[] {0.9}), List.of(false, true));
        assertEquals(Series.Style.DASHED, curves.series("t1 (pruned)").style());
        assertEquals(1, curves.markers().size());
        assertEquals(1.0, curves.markers().get(0).x());
        ChartRendererTest.parseXml(ChartRenderer.svg(slices, 800, 400));
    }
}
