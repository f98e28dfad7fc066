package org.hyperlab.sweep.lr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.model.HiddenActivation;
import org.hyperlab.core.model.ModelSpec;
import org.hyperlab.core.nn.Sequential;
import org.hyperlab.core.optim.Sgd;
import org.hyperlab.core.optim.SgdConfig;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.testing.RandomMatrices;
import org.hyperlab.sweep.lr.LearningRateFinder.Config;
import org.hyperlab.sweep.lr.LearningRateFinder.Point;
import org.hyperlab.sweep.lr.LearningRateFinder.Result;
import org.junit.jupiter.api.Test;

class LearningRateFinderTest {

    @Test
    void suggestionsFromAHandMadeCurve() {
        // rates 1e-4 .. 1 (one decade apart), smoothed losses 2, 1.9, 1, 0.5, 3.
        double[] s = {2.0, 1.9, 1.0, 0.5, 3.0};
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            points.add(new Point(i, Math.pow(10, i - 4), s[i], s[i]));
        }
        Result r = LearningRateFinder.summarize(points, true);
        // minimum at 0.1; central slopes per decade: -0.5 (1e-3), -0.7 (1e-2), +1 (1e-1): steepest at 1e-2
        assertEquals(0.1, r.minimumLr(), 1e-15);
        assertEquals(1e-2, r.steepestLr(), 1e-15);
        assertEquals(1e-2, r.suggestedHigh(), 1e-15);
        assertEquals(1e-3, r.suggestedLow(), 1e-15);
    }

    private static Dataset noise(int n) {
        SplittableRandom rng = new SplittableRandom(2);
        Matrix x = RandomMatrices.uniform(rng, n, 4, -0.5, 0.5);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(2); // labels independent of the features: no rate can drive the loss to 0
        }
        return new Dataset(x, y, 2);
    }

    @Test
    void ratesGrowGeometricallyTheFirstPointIsUnsmoothedAndDivergenceStopsTheRun() {
        Dataset data = noise(64);
        Sequential model = new ModelSpec(4, List.of(), HiddenActivation.RELU, 2, false, "xavier-uniform", "zeros",
                Precision.FLOAT64, false).build(1).network();
        Config config = new Config(1e-4, 1e6, 60, 0.98, 4);
        Result r = LearningRateFinder.run(model, new SoftmaxCrossEntropy(),
                new Sgd(model.parameters(), new SgdConfig(1e-3, 0, 0, 0, false)), data, 8, 3, config);
        List<Point> p = r.points();
        assertEquals(1e-4, p.get(0).lr(), 1e-18);
        assertEquals(p.get(0).loss(), p.get(0).smoothed(), 1e-12);
        assertEquals(Math.pow(1e10, 1.0 / 59), p.get(1).lr() / p.get(0).lr(), 1e-9);
        assertTrue(r.stoppedEarly() && p.size() < 60, "a rate of 1e6 must blow the loss up; ran " + p.size());
        assertTrue(r.suggestedLow() < r.suggestedHigh() && r.suggestedHigh() < r.minimumLr());
    }

    @Test
    void badSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Config(1, 0.1, 100, 0.98, 4));
        assertThrows(IllegalArgumentException.class, () -> new Config(1e-7, 10, 2, 0.98, 4));
    }
}
