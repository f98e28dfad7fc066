package org.hyperlab.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RenderingWarmUpTest {
    @Test
    void drawsItsThrowAwayChartWithoutFailing() {
        assertTrue(RenderingWarmUp.run());
    }

    @Test
    void aWarmUpDoesNotChangeWhatIsDrawnAfterIt() {
        byte[] before = ChartRenderer.png(ChartRendererTest.sample(), 300, 200);
        String svgBefore = ChartRenderer.svg(ChartRendererTest.sample(), 300, 200);
        assertTrue(RenderingWarmUp.run());
        assertArrayEquals(before, ChartRenderer.png(ChartRendererTest.sample(), 300, 200));
        assertEquals(svgBefore, ChartRenderer.svg(ChartRendererTest.sample(), 300, 200));
    }
}
