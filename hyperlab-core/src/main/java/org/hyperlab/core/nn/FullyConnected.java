package org.hyperlab.core.nn;

import java.util.List;
import java.util.SplittableRandom;
import org.hyperlab.core.init.Initializer;
import org.hyperlab.core.init.XavierUniform;
import org.hyperlab.core.init.Zeros;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * A dense (affine) layer: {@code Z = X · W + b} for a batch X (N x in).
 *
 * <p>W is stored <b>(in x out)</b>, so its row count is the fan-in; PyTorch's {@code nn.Linear} stores the
 * transpose (out x in) and computes {@code X · Wᵀ + b}: the same map. b is a 1 x out row added to every row.
 *
 * <p>Local derivatives, with δZ = ∂J/∂Z (N x out): {@code ∂J/∂W += Xᵀ · δZ}, {@code ∂J/∂b += Σ_rows δZ},
 * {@code ∂J/∂X = δZ · Wᵀ}. The loss already carries the 1/N of the batch mean, so none is applied here.
 *
 * <p>Buffers: the returned output and input-gradient matrices are owned by the layer and reused for the last two
 * batch sizes seen ({@link BufferPair}: full batches and an epoch's smaller last one); the input passed to {@link #forward} is kept by reference
 * for {@link #backward} and must not be modified in between. Outputs have the input's precision.
 */
public final class FullyConnected implements Layer {
    private final int inputs;
    private final int outputs;
    private final Parameter weight;
    private final Parameter bias;
    private final List<Parameter> parameters;
    private Matrix input;
    private Matrix output;
    private Matrix gradInput;
    private final BufferPair outputBuffers = new BufferPair();
    private final BufferPair gradInputs = new BufferPair();

    /**
     * A layer with W drawn by {@code weightInit} and b by {@code biasInit}, both from {@code random}
     * (weights first, then bias). Fans follow {@link Initializer}: W has fan-in {@code in}, b (1 x out) fan-in 1.
     */
    public FullyConnected(int in, int out, Initializer weightInit, Initializer biasInit,
                          SplittableRandom random, Precision precision) {
        if (in <= 0 || out <= 0) {
            throw new IllegalArgumentException("FullyConnected: sizes must be positive, got " + in + " -> " + out);
        }
        this.inputs = in;
        this.outputs = out;
        this.weight = new Parameter("W", precision.zeros(in, out));
        this.bias = new Parameter("b", precision.zeros(1, out));
        this.parameters = List.of(weight, bias); // once: Sequential asks for it every step
        weightInit.initialize(weight.value(), random);
        biasInit.initialize(bias.value(), random);
    }

    /** Xavier-uniform weights and zero bias (PyTorch's bias choice), seeded. */
    public FullyConnected(int in, int out, long seed, Precision precision) {
        this(in, out, new XavierUniform(), new Zeros(), new SplittableRandom(seed), precision);
    }

    /** A layer with the given initial values, copied (W is in x out, b is 1 x out); used for worked examples. */
    public static FullyConnected of(Matrix w, Matrix b) {
        if (b.rows() != 1 || b.cols() != w.cols()) {
            throw new IllegalArgumentException("FullyConnected: bias must be 1x" + w.cols() + ", got " + b.shape());
        }
        FullyConnected layer = new FullyConnected(w.rows(), w.cols(), new Zeros(), new Zeros(),
                new SplittableRandom(0), w.precision());
        layer.weight.value().copyFromInPlace(w);
        layer.bias.value().copyFromInPlace(b);
        return layer;
    }

    public int inputs() { return inputs; }

    public int outputs() { return outputs; }

    public Parameter weight() { return weight; }

    public Parameter bias() { return bias; }

    @Override
    public Matrix forward(Matrix x) {
        if (x.cols() != inputs) {
            throw new IllegalArgumentException(describe() + ": input has " + x.cols() + " columns, expected " + inputs
                    + " (input " + x.shape() + ")");
        }
        input = x;
        output = outputBuffers.get(x, x.rows(), outputs);
        Kernels.matmul(x, weight.value(), output, false);
        Kernels.addRowVectorInPlace(output, bias.value());
        return output;
    }

    @Override
    public Matrix backward(Matrix gradOutput) {
        backwardParameters(gradOutput);
        gradInput = gradInputs.get(input, input.rows(), inputs);
        Kernels.matmulTransB(gradOutput, weight.value(), gradInput, false);
        return gradInput;
    }

    /** ∂J/∂W += Xᵀ·δZ and ∂J/∂b += Σ_rows δZ, without ∂J/∂X. */
    @Override
    public void backwardParameters(Matrix gradOutput) {
        if (input == null) {
            throw new IllegalStateException(describe() + ": backward called before forward");
        }
        if (gradOutput.rows() != input.rows() || gradOutput.cols() != outputs) {
            throw new IllegalArgumentException(describe() + ": gradient " + gradOutput.shape() + " does not match output "
                    + input.rows() + "x" + outputs);
        }
        boolean accumulate = weight.accumulateIntoGrad();
        Kernels.matmulTransA(input, gradOutput, weight.grad(), accumulate);
        accumulate = bias.accumulateIntoGrad();
        Kernels.sumColumns(gradOutput, bias.grad(), accumulate);
    }

    @Override
    public List<Parameter> parameters() { return parameters; }

    @Override
    public String describe() { return "FullyConnected(" + inputs + " -> " + outputs + ")"; }
}
