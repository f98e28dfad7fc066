package org.hyperlab.core.nn;

import org.hyperlab.core.tensor.Matrix;

/**
 * A trainable tensor and its gradient. Layers accumulate (+=) ∂J/∂value into {@link #grad()} during backward;
 * optimizers read the gradient and update {@link #value()} in place; {@link #zeroGrad()} clears it between steps.
 */
public final class Parameter {
    private final String name;
    private final Matrix value;
    private final Matrix grad;

    public Parameter(String name, Matrix value) {
        this.name = name;
        this.value = value;
        this.grad = value.zerosLike();
    }

    public String name() { return name; }

    public Matrix value() { return value; }

    public Matrix grad() { return grad; }

    public void zeroGrad() { grad.fillInPlace(0.0); }

    @Override
    public String toString() { return name + " " + value.shape(); }
}
