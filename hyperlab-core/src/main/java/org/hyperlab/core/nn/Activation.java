package org.hyperlab.core.nn;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.storage.Matrix;

/**
 * An elementwise activation {@code Y = f(Z)} without parameters; backward is {@code ∂J/∂Z = ∂J/∂Y ⊙ f'(·)}, where
 * each subclass states f' next to f and reads it from either the input Z or the output Y, whichever is cheaper.
 *
 * <p>Buffers: output and input gradient are owned by the layer and reused for the last two batch shapes
 * ({@link BufferPair}); the input is kept by reference until backward.
 */
public abstract class Activation implements Layer {
    private final DoubleUnaryOperator function;
    private final DoubleBinaryOperator chainRule;
    private final boolean derivativeFromOutput;
    private Matrix input;
    private Matrix output;
    private Matrix gradInput;
    private final BufferPair outputs = new BufferPair();
    private final BufferPair gradInputs = new BufferPair();

    /**
     * @param function f
     * @param chainRule {@code (v, g) -> g · f'} where v is the output Y if {@code derivativeFromOutput}, else the
     *     input Z
     */
    protected Activation(DoubleUnaryOperator function, DoubleBinaryOperator chainRule, boolean derivativeFromOutput) {
        this.function = function;
        this.chainRule = chainRule;
        this.derivativeFromOutput = derivativeFromOutput;
    }

    @Override
    public Matrix forward(Matrix z) {
        input = z;
        output = outputs.get(z, z.rows(), z.cols());
        apply(z, output);
        return output;
    }

    @Override
    public Matrix backward(Matrix gradOutput) {
        if (input == null) {
            throw new IllegalStateException(describe() + ": backward called before forward");
        }
        input.requireSameShape(gradOutput, describe() + " backward");
        gradInput = gradInputs.get(input, input.rows(), input.cols());
        chain(derivativeFromOutput ? output : input, gradOutput, gradInput);
        return gradInput;
    }

    /** {@code out = f(z)}; subclasses may replace the generic element-by-element loop with a dedicated kernel. */
    protected void apply(Matrix z, Matrix out) {
        Kernels.map(z, out, function);
    }

    /** {@code out = chainRule(v, g)} element by element; subclasses may use a dedicated kernel. */
    protected void chain(Matrix v, Matrix g, Matrix out) {
        Kernels.zip(v, g, out, chainRule);
    }
}
