package org.hyperlab.core.init;

import java.util.SplittableRandom;
import org.hyperlab.core.tensor.storage.Matrix;

/**
 * Glorot/Xavier uniform initialization, as {@code torch.nn.init.xavier_uniform_}: every element is drawn from
 * U(−a, a) with {@code a = gain · √(6 / (fan_in + fan_out))}, so the variance is {@code a² / 3}. Fans follow
 * {@link Initializer}'s rule (rows = fan-in).
 */
public final class XavierUniform implements Initializer {
    private final double gain;

    /** Gain 1 (linear, sigmoid-free default of PyTorch). */
    public XavierUniform() { this(1.0); }

    public XavierUniform(double gain) {
        if (!(gain > 0) || !Double.isFinite(gain)) {
            throw new IllegalArgumentException("xavier-uniform: gain must be a positive finite number, got " + gain);
        }
        this.gain = gain;
    }

    /** The bound a for a matrix of the given fans. */
    public double bound(int fanIn, int fanOut) {
        return gain * Math.sqrt(6.0 / (fanIn + fanOut));
    }

    @Override
    public void initialize(Matrix target, SplittableRandom random) {
        double a = bound(Initializer.fanIn(target), Initializer.fanOut(target));
        for (int i = 0; i < target.size(); i++) {
            target.set(i, (2.0 * random.nextDouble() - 1.0) * a);
        }
    }

    @Override
    public String describe() { return "xavier-uniform(gain=" + gain + ")"; }
}
