package org.hyperlab.core.train;

import java.util.List;
import java.util.Random;
import org.hyperlab.core.nn.Layer;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.Matrix;
import org.hyperlab.core.tensor.Precision;

/** Test fixture: Z = X·W + b with small seeded random weights, enough to exercise the trainer. */
final class AffineForTests implements Layer {
    private final Parameter weights;
    private final Parameter bias;
    private Matrix input;
    private Matrix output;
    private Matrix gradInput;

    AffineForTests(int in, int out, Precision precision, long seed) {
        Random random = new Random(seed);
        Matrix w = precision.zeros(in, out);
        for (int i = 0; i < w.size(); i++) {
            w.set(i, 0.1 * random.nextGaussian());
        }
        weights = new Parameter("W", w);
        bias = new Parameter("b", precision.zeros(1, out));
    }

    @Override
    public Matrix forward(Matrix x) {
        input = x;
        if (output == null || output.rows() != x.rows()) {
            output = weights.value().zeros(x.rows(), weights.value().cols());
            gradInput = weights.value().zeros(x.rows(), x.cols());
        }
        Kernels.matmul(x, weights.value(), output, false);
        Kernels.addRowVectorInPlace(output, bias.value());
        return output;
    }

    @Override
    public Matrix backward(Matrix gradOutput) {
        Kernels.matmulTransA(input, gradOutput, weights.grad(), true);
        Kernels.sumColumns(gradOutput, bias.grad(), true);
        Kernels.matmulTransB(gradOutput, weights.value(), gradInput, false);
        return gradInput;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weights, bias);
    }

    @Override
    public String describe() {
        return "AffineForTests";
    }
}
