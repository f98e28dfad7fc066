package org.hyperlab.core.nn;

import org.hyperlab.core.tensor.storage.Matrix;

/**
 * A trainable tensor and its gradient. Layers accumulate (+=) ∂J/∂value into {@link #grad()} during backward;
 * optimizers read the gradient and update {@link #value()} in place; {@link #zeroGrad()} clears it between steps.
 *
 * <p>Zeroing is lazy: {@link #zeroGrad()} only marks the gradient as zero. {@link #grad()} clears the storage
 * on first access after that, unless a layer first asked {@link #accumulateIntoGrad()}, which tells it to
 * overwrite the gradient instead of adding to it (the same values: its kernels start a sum from +0 either way),
 * so a training step does not write the whole gradient twice.
 */
public final class Parameter {
    private final String name;
    private final Matrix value;
    private final Matrix grad;
    private boolean zero;

    public Parameter(String name, Matrix value) {
        this.name = name;
        this.value = value;
        this.grad = value.zerosLike();
    }

    public String name() { return name; }

    public Matrix value() { return value; }

    /** The gradient (zero after {@link #zeroGrad()} until something is written into it). */
    public Matrix grad() {
        if (zero) {
            grad.fillInPlace(0.0);
            zero = false;
        }
        return grad;
    }

    /** Sets the gradient to zero (lazily, see the class comment). */
    public void zeroGrad() { zero = true; }

    /**
     * For a layer about to write ∂J/∂value into {@link #grad()}: false when the gradient is zero since
     * {@link #zeroGrad()} and its storage was not cleared, so the layer must <b>overwrite</b> it; true when it must
     * add. Either way the gradient counts as written from now on. Call it before {@link #grad()}.
     */
    public boolean accumulateIntoGrad() {
        boolean accumulate = !zero;
        zero = false;
        return accumulate;
    }

    @Override
    public String toString() { return name + " " + value.shape(); }
}
