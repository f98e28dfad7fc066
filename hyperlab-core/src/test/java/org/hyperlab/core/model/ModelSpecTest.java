package org.hyperlab.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hyperlab.core.nn.Layer;
import org.hyperlab.core.nn.ZScoring;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

class ModelSpecTest {
    private static List<String> layers(Model m) {
        return m.network().layers().stream().map(Layer::describe).toList();
    }

    @Test
    void defaultIsTheAssignmentClassifier() {
        Model m = ModelSpec.mnist().build(1);
        assertEquals(List.of("Input(z-score global)", "FullyConnected(784 -> 10)"), layers(m));
        assertEquals(2, m.parameters().size());
        assertEquals("784x10", m.parameters().get(0).value().shape());
        assertEquals(Precision.FLOAT32, m.parameters().get(0).value().precision());
    }

    @Test
    void hiddenLayersGetTheActivationButTheOutputDoesNot() {
        Model m = ModelSpec.mnist().withHidden(List.of(512, 256)).withActivation(HiddenActivation.TANH)
                .withZscore(false).withSoftmaxOutput(true).build(1);
        assertEquals(List.of("Input(identity)", "FullyConnected(784 -> 512)", "Tanh", "FullyConnected(512 -> 256)",
                "Tanh", "FullyConnected(256 -> 10)", "Softmax"), layers(m));
        assertEquals(List.of(784, 512, 256, 10), m.spec().widths());
    }

    @Test
    void sameSeedSameWeightsOtherSeedOtherWeights() {
        ModelSpec spec = ModelSpec.of(5, 3).withHidden(List.of(4));
        double[] a = spec.build(7).parameters().get(2).value().toFlatArray();
        double[] b = spec.build(7).parameters().get(2).value().toFlatArray();
        double[] c = spec.build(8).parameters().get(2).value().toFlatArray();
        assertArrayEquals(a, b);
        assertNotEquals(a[0], c[0]);
    }

    @Test
    void xavierUniformWeightsStayInsideTheirBoundAndBiasesStartAtZero() {
        Model m = ModelSpec.of(6, 2).build(3);
        double bound = Math.sqrt(6.0 / (6 + 2));
        for (double w : m.parameters().get(0).value().toFlatArray()) {
            assertTrue(Math.abs(w) <= bound, "weight " + w);
        }
        assertArrayEquals(new double[2], m.parameters().get(1).value().toFlatArray());
    }

    @Test
    void invalidSpecsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.of(0, 10));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.of(4, 1));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.mnist().withHidden(List.of(0)));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.mnist().withInit("bogus", "zeros"));
        assertThrows(IllegalArgumentException.class, () -> HiddenActivation.parse("softplus"));
        assertEquals(HiddenActivation.SIGMOID, HiddenActivation.parse("Sigmoid"));
    }

    @Test
    void sizesPastTheLimitsAreRefusedBeforeAnythingIsBuilt() {
        ModelSpec widest = ModelSpec.mnist().withHidden(List.of(ModelSpec.MAX_WIDTH));
        assertEquals(ModelSpec.MAX_WIDTH, widest.hidden().get(0));
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                () -> ModelSpec.mnist().withHidden(List.of(ModelSpec.MAX_WIDTH + 1)));
        assertTrue(wide.getMessage().contains("1..16384"), wide.getMessage());
        // 784*3000000 overflows an int: the count is a long and the width is refused first
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.mnist().withHidden(List.of(3_000_000)));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.of(4, ModelSpec.MAX_WIDTH + 1));
        assertThrows(IllegalArgumentException.class,
                () -> ModelSpec.mnist().withHidden(java.util.Collections.nCopies(ModelSpec.MAX_HIDDEN_LAYERS + 1, 4)));
        // 784*10000 + 10000 + 10000*10000 + 10000 + 10000*10 + 10 = 107,960,010 parameters > 50 million
        IllegalArgumentException many = assertThrows(IllegalArgumentException.class,
                () -> ModelSpec.mnist().withHidden(List.of(10_000, 10_000)));
        assertTrue(many.getMessage().contains("107960010 weights and biases"), many.getMessage());
    }

    @Test
    void describeNamesTheShape() {
        assertEquals("784-256-10 relu, global z-score, xavier-uniform/zeros, float32",
                ModelSpec.mnist().withHidden(List.of(256)).describe());
        assertEquals("784-10, per-feature z-score, xavier-uniform/zeros, float32",
                ModelSpec.mnist().withZscore(ZScoring.PER_FEATURE).describe());
        assertEquals("784-10, no z-score, xavier-uniform/zeros, float32", ModelSpec.mnist().withZscore(false).describe());
    }
}
