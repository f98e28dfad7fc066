package org.hyperlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

/** Adam's and AdamW's first steps, derived by hand from torch.optim.Adam/AdamW (bias correction, ε outside √). */
class AdamTest {
    private static final double TOL = 1e-14;

    @Test
    void firstStepMovesByLearningRateTimesGradientOverItsMagnitude() {
        // m1 = 0.1·g, v1 = 0.001·g², m̂ = g, v̂ = g²: θ1 = θ0 − lr·g/(|g| + ε)
        OneElement w = new OneElement(Precision.FLOAT64, 1.0);
        Adam adam = new Adam(w.list(), AdamConfig.of(0.1));
        assertEquals(1.0 - 0.1 * 0.5 / (0.5 + 1e-8), w.step(adam, 0.5), TOL);
        OneElement negative = new OneElement(Precision.FLOAT64, 1.0);
        Adam adam2 = new Adam(negative.list(), AdamConfig.of(0.1));
        assertEquals(1.0 + 0.1 * 3.0 / (3.0 + 1e-8), negative.step(adam2, -3.0), TOL);
    }

    @Test
    void epsilonIsAddedOutsideTheSquareRoot() {
        // g = 1e-6: lr·g/(|g| + ε) = 0.1·1e-6/(1.01e-6) = 0.1·100/101; with ε inside √ it would be about 0.1·0.01
        OneElement w = new OneElement(Precision.FLOAT64, 0.0);
        Adam adam = new Adam(w.list(), AdamConfig.of(0.1));
        assertEquals(-0.1 * 100.0 / 101.0, w.step(adam, 1e-6), 1e-12);
    }

    @Test
    void secondAndThirdStepsUseBiasCorrectedMoments() {
        OneElement w = new OneElement(Precision.FLOAT64, 1.0);
        Adam adam = new Adam(w.list(), AdamConfig.of(0.1));
        double theta1 = 1.0 - 0.1 * 0.5 / (0.5 + 1e-8);
        assertEquals(theta1, w.step(adam, 0.5), TOL);
        // m2 = 0.9·0.05 + 0.1·(−0.25) = 0.02;  v2 = 0.999·0.00025 + 0.001·0.0625 = 0.00031225
        // m̂2 = 0.02/(1 − 0.9²) = 0.02/0.19;     v̂2 = 0.00031225/(1 − 0.999²) = 0.00031225/0.001999
        double theta2 = theta1 - 0.1 * (0.02 / 0.19) / (Math.sqrt(0.00031225 / 0.001999) + 1e-8);
        assertEquals(theta2, w.step(adam, -0.25), TOL);
        // m3 = 0.9·0.02 + 0.1·1 = 0.118;  v3 = 0.999·0.00031225 + 0.001·1 = 0.00131193775
        // m̂3 = 0.118/(1 − 0.729) = 0.118/0.271;  v̂3 = 0.00131193775/(1 − 0.997002999)
        double theta3 = theta2 - 0.1 * (0.118 / 0.271) / (Math.sqrt(0.00131193775 / 0.002997001) + 1e-8);
        assertEquals(theta3, w.step(adam, 1.0), TOL);
    }

    @Test
    void float32MatrixElementsUpdateIndependently() {
        Parameter p = new Parameter("W", Matrix.row(Precision.FLOAT32, 1.0, -2.0));
        Adam adam = new Adam(List.of(p), AdamConfig.defaults());
        p.grad().set(0, 4.0);
        p.grad().set(1, -0.001);
        adam.step();
        assertEquals(1.0 - 1e-3 * 4.0 / (4.0 + 1e-8), p.value().get(0), 1e-7);
        assertEquals(-2.0 + 1e-3 * 0.001 / (0.001 + 1e-8), p.value().get(1), 1e-7);
        assertEquals(p.value().get(0), (double) (float) p.value().get(0), 0.0);
    }

    @Test
    void adamWDecaysTheWeightBeforeTheAdamStep() {
        OneElement w = new OneElement(Precision.FLOAT64, 2.0);
        AdamW adamw = new AdamW(w.list(), new AdamWConfig(0.1, 0.9, 0.999, 1e-8, 0.5));
        // θ ← θ·(1 − 0.1·0.5) = 1.9, then the Adam step 0.1·g/(|g| + ε)
        double theta1 = 2.0 * (1.0 - 0.1 * 0.5) - 0.1 * 0.5 / (0.5 + 1e-8);
        assertEquals(theta1, w.step(adamw, 0.5), TOL);
        double theta2 = theta1 * 0.95 - 0.1 * (0.02 / 0.19) / (Math.sqrt(0.00031225 / 0.001999) + 1e-8);
        assertEquals(theta2, w.step(adamw, -0.25), TOL);
    }

    @Test
    void adamWWithoutDecayIsAdam() {
        OneElement a = new OneElement(Precision.FLOAT64, 0.3);
        OneElement b = new OneElement(Precision.FLOAT64, 0.3);
        Adam adam = new Adam(a.list(), AdamConfig.of(0.05));
        AdamW adamw = new AdamW(b.list(), new AdamWConfig(0.05, 0.9, 0.999, 1e-8, 0.0));
        for (double g : new double[] {0.7, -1.1, 0.2, 3.0}) {
            assertEquals(a.step(adam, g), b.step(adamw, g), 0.0);
        }
    }

    @Test
    void learningRateCanBeChangedBetweenSteps() {
        OneElement w = new OneElement(Precision.FLOAT64, 1.0);
        Adam adam = new Adam(w.list(), AdamConfig.of(0.1));
        adam.setLearningRate(0.2);
        assertEquals(0.2, adam.learningRate(), 0.0);
        assertEquals(1.0 - 0.2 * 0.5 / (0.5 + 1e-8), w.step(adam, 0.5), TOL);
        assertThrows(IllegalArgumentException.class, () -> adam.setLearningRate(-1));
    }

    @Test
    void defaultsAreTorchs() {
        AdamConfig c = AdamConfig.defaults();
        assertEquals(new AdamConfig(1e-3, 0.9, 0.999, 1e-8), c);
        assertEquals(0.01, AdamWConfig.defaults().weightDecay(), 0.0);
    }

    @Test
    void validation() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AdamConfig(-1e-3, 0.9, 0.999, 1e-8))
                .getMessage().contains("adam: learning rate must be a finite number >= 0, got -0.001"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AdamConfig(1e-3, 1.0, 0.999, 1e-8))
                .getMessage().contains("adam: beta1 must be in [0, 1), got 1.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AdamConfig(1e-3, 0.9, -0.1, 1e-8))
                .getMessage().contains("adam: beta2 must be in [0, 1), got -0.1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AdamConfig(1e-3, 0.9, 0.999, -1e-8))
                .getMessage().contains("adam: epsilon must be a finite number >= 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AdamWConfig(1e-3, 0.9, 0.999, 1e-8, -0.01))
                .getMessage().contains("adamw: weight decay"));
    }
}
