package org.hyperlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.hyperlab.core.init.XavierUniform;
import org.hyperlab.core.init.Zeros;
import org.hyperlab.core.loss.CrossEntropy;
import org.hyperlab.core.loss.LogLoss;
import org.hyperlab.core.loss.Losses;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.loss.SquaredError;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

class NetworksTest {
    @Test
    void perceptronStacksInputDenseAndActivationLayers() {
        Sequential net = Networks.perceptron(Input.identity(), 784, new int[] {128, 64}, 10, Activations.byName("relu"),
                new XavierUniform(), new Zeros(), new SplittableRandom(1), Precision.FLOAT32);
        assertEquals("Sequential[Input(identity) -> FullyConnected(784 -> 128) -> ReLU -> FullyConnected(128 -> 64)"
                + " -> ReLU -> FullyConnected(64 -> 10)]", net.describe());
        assertEquals(6, net.parameters().size());
        assertEquals("10x10", net.forward(Precision.FLOAT32.zeros(10, 784)).shape());
        Sequential linear = Networks.perceptron(Input.identity(), 3, new int[0], 2, Activations.byName("tanh"),
                new XavierUniform(), new Zeros(), new SplittableRandom(1), Precision.FLOAT64);
        assertEquals(2, linear.layers().size());
    }

    @Test
    void namesResolveToTheRightClasses() {
        assertInstanceOf(ReLU.class, Activations.byName("ReLU").get());
        assertInstanceOf(LogisticSigmoid.class, Activations.byName("sigmoid").get());
        assertInstanceOf(Tanh.class, Activations.byName("tanh").get());
        assertInstanceOf(Linear.class, Activations.byName("identity").get());
        assertInstanceOf(SoftmaxCrossEntropy.class, Losses.byName("softmax-cross-entropy"));
        assertEquals(1e-6, ((CrossEntropy) Losses.byName("cross-entropy", 1e-6)).epsilon(), 0.0);
        assertInstanceOf(LogLoss.class, Losses.byName("log-loss"));
        assertInstanceOf(SquaredError.class, Losses.byName("mse"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Activations.byName("gelu"));
        assertTrue(e.getMessage().contains("gelu") && e.getMessage().contains("relu"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Losses.byName("hinge"));
    }
}
