package org.hyperlab.report.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
