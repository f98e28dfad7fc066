package org.hyperlab.core.init;

import java.util.SplittableRandom;
import org.hyperlab.core.tensor.storage.Matrix;

/**
 * Glorot/Xavier normal initialization, as {@code torch.nn.init.xavier_normal_}: every element is drawn from
 * N(0, σ²) with {@code σ = gain · √(2 / (fan_in + fan_out))} (not truncated). Fans follow {@link Initializer}.
 */
public final class XavierNormal implements Initializer {
    private final double gain;

    public XavierNormal() { this(1.0); }

    public XavierNormal(double gain) {
        if (!(gain > 0) || !Double.isFinite(gain)) {
            throw new IllegalArgumentException("xavier-normal: gain must be a positive finite number, got " + gain);
        }
        this.gain = gain;
    }

    /** The standard deviation σ for a matrix of the given fans. */
    public double std(int fanIn, int fanOut) {
        return gain * Math.sqrt(2.0 / (fanIn + fanOut));
    }

    @Override
    public void initialize(Matrix target, SplittableRandom random) {
        double s = std(Initializer.fanIn(target), Initializer.fanOut(target));
        for (int i = 0; i < target.size(); i++) {
            target.set(i, s * random.nextGaussian());
        }
    }

    @Override
    public String describe() { return "xavier-normal(gain=" + gain + ")"; }
}
