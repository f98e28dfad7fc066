package org.hyperlab.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.nn.Activations;
import org.hyperlab.core.nn.FullyConnected;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.nn.Sequential;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A two-layer network, Z = f(X·W1 + b1)·W2 + b2 with f each of relu, sigmoid, tanh and linear
 * ({@link Activations#byName}), trained by the fused softmax cross-entropy, against PyTorch autograd
 * ({@code golden/networks.json}): logits, loss and the gradients of both layers' W and b and of X. The inputs
 * (5 x 4, weights 4 x 6 and 6 x 3) lie on a 1/32 grid, exact in float32, and no pre-activation is exactly 0
 * (ReLU's kink). Tolerances as in {@link LossGoldenTest}: 1e-12 (float64) and 1e-6 (float32) relative, each with a
 * floor of that fraction of the array's largest magnitude.
 */
class NetworkGoldenTest {
    private static final Fixture FIXTURE = Fixture.load("networks.json");

    @TestFactory
    Stream<DynamicTest> gradientsMatchTorchAutograd() {
        return Stream.of(Precision.FLOAT64, Precision.FLOAT32).flatMap(precision -> FIXTURE.get("cases").list().stream()
                .map(c -> DynamicTest.dynamicTest(c.get("activation").string() + " " + precision,
                        () -> check(c, precision, precision == Precision.FLOAT64 ? Close.FLOAT64 : 1e-6))));
    }

    private static void check(Fixture c, Precision precision, double tolerance) {
        String name = c.get("activation").string() + " " + precision;
        FullyConnected first = FullyConnected.of(matrix("w1", precision), matrix("b1", precision));
        FullyConnected second = FullyConnected.of(matrix("w2", precision), matrix("b2", precision));
        Sequential network = new Sequential(first, Activations.byName(c.get("activation").string()).get(), second);
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        Matrix logits = network.forward(matrix("x", precision));
        compare(name + " logits", c.get("logits"), logits, tolerance);
        double j = loss.forward(logits, matrix("target", precision));
        Close.assertClose(name + " loss", c.get("loss").number(), j, tolerance, 0.0);
        for (Parameter p : network.parameters()) {
            p.zeroGrad();
        }
        Matrix dx = network.backward(loss.backward());
        compare(name + " dJ/dX", c.get("dx"), dx, tolerance);
        compare(name + " dJ/dW1", c.get("dw1"), first.weight().grad(), tolerance);
        compare(name + " dJ/db1", c.get("db1"), first.bias().grad(), tolerance);
        compare(name + " dJ/dW2", c.get("dw2"), second.weight().grad(), tolerance);
        compare(name + " dJ/db2", c.get("db2"), second.bias().grad(), tolerance);
    }

    private static Matrix matrix(String key, Precision precision) {
        return Matrix.of(precision, FIXTURE.get(key).matrix());
    }

    private static void compare(String what, Fixture expected, Matrix actual, double tolerance) {
        double[][] rows = expected.matrix();
        assertEquals(rows.length + "x" + rows[0].length, actual.shape(), what + " shape");
        double[] flat = Close.flat(rows);
        Close.assertClose(what, flat, actual.toFlatArray(), tolerance, tolerance * Close.maxAbs(flat));
    }
}
