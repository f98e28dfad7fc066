package org.hyperlab.core.init;

import java.util.SplittableRandom;
import org.hyperlab.core.tensor.storage.Matrix;

/** Sets every element to a fixed value ({@code torch.nn.init.constant_}). */
public final class Constant implements Initializer {
    private final double value;

    public Constant(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("constant initializer: value must be finite, got " + value);
        }
        this.value = value;
    }

    public double value() { return value; }

    @Override
    public void initialize(Matrix target, SplittableRandom random) { target.fillInPlace(value); }

    @Override
    public String describe() { return "constant(" + value + ")"; }
}
