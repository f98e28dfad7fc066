package org.hyperlab.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.hyperlab.core.loss.CrossEntropy;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.nn.FullyConnected;
import org.hyperlab.core.nn.Softmax;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The theory example against PyTorch autograd ({@code golden/theory_example.json}): X = [[1,2,−1],[0,−4,−4]],
 * W = [[−1,1,1],[2,2,0],[4,−1,−3]] (in x out, Z = X·W + b, computed in torch as {@code x @ w + b} rather than
 * through {@code nn.Linear}, which stores the transpose), b = [1,0,2], targets [0,1]: Z, softmax, the mean
 * cross-entropy, ∂J/∂Z, ∂J/∂W, ∂J/∂b and ∂J/∂X, through both the fused {@link SoftmaxCrossEntropy} and the
 * theory section's {@link Softmax} + {@link CrossEntropy} (ε = 0) Jacobian path.
 *
 * <p>Tolerances as in {@link LossGoldenTest}: 1e-12 relative in float64, 1e-6 in float32 (the example's inputs are
 * small integers, exact in both), each with a floor of the same fraction of the array's largest magnitude, since
 * row 1's probabilities reach e⁻³⁷ next to 1.
 */
class TheoryExampleGoldenTest {
    private static final Fixture FIXTURE = Fixture.load("theory_example.json");

    @TestFactory
    Stream<DynamicTest> matchesTorchAutograd() {
        return Stream.of(Precision.FLOAT64, Precision.FLOAT32).flatMap(precision -> {
            double tolerance = precision == Precision.FLOAT64 ? Close.FLOAT64 : 1e-6;
            return Stream.of(
                    DynamicTest.dynamicTest("fused " + precision, () -> fused(precision, tolerance)),
                    DynamicTest.dynamicTest("softmax Jacobian " + precision, () -> jacobian(precision, tolerance)));
        });
    }

    private static void fused(Precision precision, double tolerance) {
        FullyConnected fc = layer(precision);
        Matrix z = fc.forward(Matrix.of(precision, FIXTURE.get("x").matrix()));
        compare("Z " + precision, "z", z, tolerance);
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        double j = loss.forward(z, target(precision));
        Close.assertClose("loss " + precision, FIXTURE.get("loss").number(), j, tolerance, 0.0);
        Matrix dz = loss.backward();
        compare("dJ/dZ fused " + precision, "dz", dz, tolerance);
        compareBackward(fc, fc.backward(dz), "fused " + precision, tolerance);
        compare("softmax " + precision, "softmax", new Softmax().forward(z), tolerance);
    }

    private static void jacobian(Precision precision, double tolerance) {
        FullyConnected fc = layer(precision);
        Softmax softmax = new Softmax();
        Matrix yHat = softmax.forward(fc.forward(Matrix.of(precision, FIXTURE.get("x").matrix())));
        compare("softmax " + precision, "softmax", yHat, tolerance);
        CrossEntropy loss = new CrossEntropy(0.0);
        Close.assertClose("loss (Jacobian path) " + precision, FIXTURE.get("loss").number(),
                loss.forward(yHat, target(precision)), tolerance, 0.0);
        Matrix dz = softmax.backward(loss.backward());
        compare("dJ/dZ through the softmax Jacobian " + precision, "dz", dz, tolerance);
        compareBackward(fc, fc.backward(dz), "Jacobian " + precision, tolerance);
    }

    private static FullyConnected layer(Precision precision) {
        Matrix w = Matrix.of(precision, FIXTURE.get("w").matrix());
        Matrix b = Matrix.row(precision, FIXTURE.get("b").vector());
        return FullyConnected.of(w, b);
    }

    private static Matrix target(Precision precision) {
        assertEquals(2, FIXTURE.get("classes").integers().length);
        return Matrix.of(precision, FIXTURE.get("target").matrix());
    }

    private static void compareBackward(FullyConnected fc, Matrix dx, String path, double tolerance) {
        compare("dJ/dW " + path, "dw", fc.weight().grad(), tolerance);
        Close.assertClose("dJ/db " + path, FIXTURE.get("db").vector(), fc.bias().grad().toFlatArray(), tolerance,
                tolerance * Close.maxAbs(FIXTURE.get("db").vector()));
        compare("dJ/dX " + path, "dx", dx, tolerance);
    }

    private static void compare(String what, String key, Matrix actual, double tolerance) {
        double[][] expected = FIXTURE.get(key).matrix();
        assertEquals(expected.length + "x" + expected[0].length, actual.shape(), what + " shape");
        double[] flat = Close.flat(expected);
        Close.assertClose(what, flat, actual.toFlatArray(), tolerance, tolerance * Close.maxAbs(flat));
    }
}
