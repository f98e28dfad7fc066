package org.hyperlab.core.init;

import java.util.SplittableRandom;
import org.hyperlab.core.tensor.storage.Matrix;

/**
 * He (Kaiming) normal initialization in fan-in mode, as {@code torch.nn.init.kaiming_normal_(mode='fan_in',
 * nonlinearity='relu')}: N(0, σ²) with {@code σ = gain / √fan_in} and gain √2 (for ReLU) by default.
 * Fan-in is the row count (see {@link Initializer}).
 */
public final class He implements Initializer {
    private final double gain;

    /** Gain √2, for ReLU. */
    public He() { this(Math.sqrt(2.0)); }

    public He(double gain) {
        if (!(gain > 0) || !Double.isFinite(gain)) {
            throw new IllegalArgumentException("he: gain must be a positive finite number, got " + gain);
        }
        this.gain = gain;
    }

    /** The standard deviation σ for the given fan-in. */
    public double std(int fanIn) {
        return gain / Math.sqrt(fanIn);
    }

    @Override
    public void initialize(Matrix target, SplittableRandom random) {
        double s = std(Initializer.fanIn(target));
        for (int i = 0; i < target.size(); i++) {
            target.set(i, s * random.nextGaussian());
        }
    }

    @Override
    public String describe() { return "he(gain=" + gain + ")"; }
}
