package org.hyperlab.report.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hyperlab.core.objective.DescentPoint;
import org.hyperlab.core.objective.DescentStatus;
import org.hyperlab.core.objective.DescentPresets;
import org.hyperlab.core.objective.DescentRun;
import org.hyperlab.core.objective.ObjectiveTable;
import org.hyperlab.core.objective.PolynomialObjective;
import org.hyperlab.core.objective.Rational;
import org.hyperlab.report.chart.ChartGrid;
import org.hyperlab.report.chart.LineChart;
import org.hyperlab.report.chart.PointLabel;
import org.junit.jupiter.api.Test;

class ObjectiveFiguresTest {
    private static final PolynomialObjective SEED = PolynomialObjective.seed(Rational.ONE);

    @Test
    void objectiveChartMarksTheThreeCriticalPoints() {
        ObjectiveTable t = ObjectiveTable.of(SEED.j(), Rational.of(-2), Rational.of(5), Rational.of(1, 10));
        LineChart c = ObjectiveFigures.objective(SEED, SEED.analyze(), t);
        assertEquals(71, c.series().get(0).size());
        assertEquals(List.of("local min (0, 0)", "local max (1, 5/12)", "global min (3, -9/4)"),
                c.markers().stream().map(PointLabel::text).toList());
        assertTrue(c.markers().get(2).highlight());
        assertEquals(-2.25, c.markers().get(2).y());
    }

    @Test
    void divergedRunSaysWhereItStopped() {
        List<DescentRun> runs = DescentPresets.learningRate(SEED).run();
        LineChart diverged = ObjectiveFigures.run(runs.get(3));
        assertEquals(6, diverged.series().get(0).size());     // epochs 0..5, the finite history
        String note = diverged.notes().get(0).text();
        assertTrue(note.startsWith("diverged at epoch 6 (overflow)\nshown up to epoch 5\nlast finite: w = -1.1634e68"), note);
        assertEquals("last finite", diverged.markers().get(0).text());
        // J grows from 0.0497 to ~1e271: a log axis shows the growth instead of a flat line and one spike
        assertTrue(diverged.yAxis().log());
        for (int i = 0; i < 6; i++) {
            assertEquals(Math.abs(runs.get(3).history().get(i).j()), diverged.series().get(0).y(i));
        }
        ChartGrid grid = ObjectiveFigures.grid("learning rate", runs);
        assertEquals(2, grid.columns());
        assertEquals(2, grid.rows());
        assertEquals("sgd,  w0 = 0.2,  η = 0.001", grid.panels().get(0).title());
    }

    @Test
    void numbersAreShort() {
        assertEquals("2.9008", ObjectiveFigures.num(2.9008000000000004));
        assertEquals("-2.25", ObjectiveFigures.num(-2.2499999999999982));
        assertEquals("1.2e-7", ObjectiveFigures.num(1.2e-7));
    }

    private static DescentRun run(DescentStatus status, double... js) {
        List<DescentPoint> h = new ArrayList<>();
        for (int e = 0; e < js.length; e++) {
            h.add(new DescentPoint(e, e, js[e]));
        }
        return new DescentRun("sgd", "SGD(lr=1)", 0, 1, js.length, status,
                status == DescentStatus.DIVERGED ? js.length : null, h.get(js.length - 1), h, "");
    }

    @Test
    void divergedRunWithNegativeJPlotsItsMagnitudeOnALogAxisAndSaysSo() {
        LineChart c = ObjectiveFigures.run(run(DescentStatus.DIVERGED, 0.05, -2.0, -1.5, 40.0, 3.0e20));
        assertTrue(c.yAxis().log());
        assertEquals("|J(w)| (log scale)", c.yAxis().label());
        assertEquals(2.0, c.series().get(0).y(1));
        assertEquals(3.0e20, c.markers().get(0).y());
        String note = c.notes().get(0).text();
        assertTrue(note.startsWith("diverged at epoch 5 (overflow)\nshown up to epoch 4\n"), note);
        assertTrue(note.contains("\nJ < 0 at epochs 1–2 (log axis shows |J|)\n"), note);
    }

    @Test
    void positiveDivergedRunKeepsTheLabelJOnItsLogAxis() {
        LineChart c = ObjectiveFigures.run(run(DescentStatus.DIVERGED, 0.05, 7.0, 1.0e9));
        assertTrue(c.yAxis().log());
        assertEquals("J(w) (log scale)", c.yAxis().label());
        assertEquals(0.05, c.series().get(0).y(0));
    }

    @Test
    void runIsLinearUnlessItsPositiveJGrowsByMoreThanTheLogSpan() {
        LineChart ordinary = ObjectiveFigures.run(run(DescentStatus.CONVERGED, 5.0, 1.0, -2.25));
        assertFalse(ordinary.yAxis().log());
        assertEquals("J(w)", ordinary.yAxis().label());
        assertEquals(-2.25, ordinary.series().get(0).y(2));
        // decay to ~0 reads well on a linear axis; growth by more than 1e6 does not
        assertFalse(ObjectiveFigures.run(run(DescentStatus.CONVERGED, 1.0e7, 1.0, 1.0e-30)).yAxis().log());
        assertFalse(ObjectiveFigures.run(run(DescentStatus.NOT_CONVERGED, 1.0, 1.0e6)).yAxis().log()); // exactly 1e6
        assertTrue(ObjectiveFigures.run(run(DescentStatus.NOT_CONVERGED, 1.0, 2.0, 1.0e7)).yAxis().log());
        assertFalse(ObjectiveFigures.run(run(DescentStatus.NOT_CONVERGED, 0.0, 1.0, 1.0e7)).yAxis().log()); // 0: no log
    }

    @Test
    void epochRangesGroupConsecutiveEpochs() {
        double[] epochs = {0, 1, 2, 3, 4, 5};
        double[] js = {-1, -2, 3, -4, 0, 5};
        assertEquals("epochs 0–1, 3", ObjectiveFigures.epochRanges(epochs, js, j -> j < 0));
        assertEquals("epoch 4", ObjectiveFigures.epochRanges(epochs, js, j -> j == 0));
        assertEquals("", ObjectiveFigures.epochRanges(epochs, js, j -> j > 10));
    }
}
