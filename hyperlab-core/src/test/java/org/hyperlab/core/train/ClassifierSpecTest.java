package org.hyperlab.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.nn.FullyConnected;
import org.hyperlab.core.nn.Input;
import org.hyperlab.core.nn.Layer;
import org.hyperlab.core.nn.ReLU;
import org.hyperlab.core.nn.Sequential;
import org.hyperlab.core.nn.Tanh;
import org.hyperlab.core.tensor.Matrix;
import org.hyperlab.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class ClassifierSpecTest {
    private static final Dataset DATA = TrainerTest.separable(20, 1, Precision.FLOAT64);

    private static ClassifierSpec spec(List<Integer> hidden, String activation, boolean zscore) {
        return new ClassifierSpec(2, hidden, activation, "xavier-uniform", "zeros", zscore, 2, Precision.FLOAT32);
    }

    @Test
    void seedArchitectureIsInputThenOneFullyConnectedLayer() {
        Sequential model = spec(List.of(), "relu", true).build(DATA, 1);
        List<Layer> layers = model.layers();
        assertEquals(2, layers.size());
        assertInstanceOf(Input.class, layers.get(0));
        FullyConnected fc = assertInstanceOf(FullyConnected.class, layers.get(1));
        assertEquals(2, fc.inputs());
        assertEquals(2, fc.outputs());
        assertEquals(Precision.FLOAT32, fc.weight().value().precision());
        assertArrayEquals(new double[] {0, 0}, fc.bias().value().toFlatArray(), 0.0); // PyTorch's zero bias
        assertEquals("2-2", spec(List.of(), "relu", true).describe());
    }

    @Test
    void hiddenLayersAlternateWithTheActivation() {
        Sequential model = spec(List.of(5, 3), "tanh", false).build(DATA, 1);
        List<Layer> layers = model.layers();
        assertEquals(6, layers.size());
        assertEquals(List.of(2, 5, 3), List.of(((FullyConnected) layers.get(1)).inputs(),
                ((FullyConnected) layers.get(3)).inputs(), ((FullyConnected) layers.get(5)).inputs()));
        assertInstanceOf(Tanh.class, layers.get(2));
        assertEquals(2, ((FullyConnected) layers.get(5)).outputs());
        assertEquals(6, model.parameters().size());
        assertInstanceOf(ReLU.class, spec(List.of(4), "relu", true).build(DATA, 1).layers().get(2));
        assertEquals("2-5-3-2 tanh", spec(List.of(5, 3), "tanh", false).describe());
    }

    @Test
    void sameSeedSameWeightsAndZScoringFittedOnTraining() {
        Sequential a = spec(List.of(4), "relu", true).build(DATA, 7);
        Sequential b = spec(List.of(4), "relu", true).build(DATA, 7);
        Sequential c = spec(List.of(4), "relu", true).build(DATA, 8);
        assertArrayEquals(a.parameters().get(0).value().toFlatArray(), b.parameters().get(0).value().toFlatArray(), 0.0);
        assertTrue(a.parameters().get(0).value().get(0) != c.parameters().get(0).value().get(0));
        Matrix scaled = a.layers().get(0).forward(DATA.features());
        double mean = 0;
        for (int r = 0; r < scaled.rows(); r++) {
            mean += scaled.get(r, 0) / scaled.rows();
        }
        assertEquals(0.0, mean, 1e-12);
    }

    @Test
    void badSpecsAreRejected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> spec(List.of(), "softplus", true))
                .getMessage().contains("activation: expected one of relu, tanh, sigmoid, got 'softplus'"));
        assertThrows(IllegalArgumentException.class, () -> spec(List.of(0), "relu", true));
        assertThrows(IllegalArgumentException.class,
                () -> new ClassifierSpec(2, List.of(), "relu", "glorious", "zeros", true, 2, Precision.FLOAT32));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new ClassifierSpec(3, List.of(), "relu", "he", "zeros", true, 2, Precision.FLOAT32).build(DATA, 1))
                .getMessage().contains("expects 3 features, the data has 2"));
    }
}
