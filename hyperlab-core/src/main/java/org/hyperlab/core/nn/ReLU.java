package org.hyperlab.core.nn;

import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.storage.Matrix;

/** Rectified linear unit, {@code f(z) = max(0, z)}, {@code f'(z) = 1 if z > 0 else 0} (0 at the kink, as PyTorch). */
public final class ReLU extends Activation {
    public ReLU() {
        super(z -> z > 0 ? z : (z == z ? 0.0 : z), (z, g) -> z > 0 ? g : 0.0, false);
    }

    @Override
    protected void apply(Matrix z, Matrix out) {
        Kernels.relu(z, out);
    }

    @Override
    protected void chain(Matrix z, Matrix g, Matrix out) {
        Kernels.reluBackward(z, g, out);
    }

    @Override
    public String describe() { return "ReLU"; }
}
