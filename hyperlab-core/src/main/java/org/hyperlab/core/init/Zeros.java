package org.hyperlab.core.init;

import java.util.SplittableRandom;
import org.hyperlab.core.tensor.storage.Matrix;

/** Sets every element to 0 ({@code torch.nn.init.zeros_}); PyTorch-style choice for biases. */
public final class Zeros implements Initializer {
    @Override
    public void initialize(Matrix target, SplittableRandom random) { target.fillInPlace(0.0); }

    @Override
    public String describe() { return "zeros"; }
}
