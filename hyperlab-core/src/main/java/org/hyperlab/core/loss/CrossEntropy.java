package org.hyperlab.core.loss;

import org.hyperlab.core.tensor.storage.Matrix;

/**
 * Cross-entropy on probabilities Ŷ (e.g. the output of a {@code Softmax} layer), the batch mean:
 * {@code J = −(1/N) Σ_r Σ_c Y[r,c] · log(Ŷ[r,c] + ε)}, and its exact derivative, the seed notebook's form
 * {@code ∂J/∂Ŷ = −Y / (Ŷ + ε) / N}. Terms with Y = 0 are 0 (also where Ŷ + ε = 0).
 *
 * <p>ε = 0 (the default) gives the exact cross-entropy; a small ε (the seed used 1e-6) keeps log and the
 * division finite when a probability is 0 but shifts the values (in the theory example, in the fourth digit).
 * Without ε a zero probability on a target class gives J = +∞: a divergence, reported rather than hidden.
 */
public final class CrossEntropy extends ElementwiseLoss {
    private final double epsilon;

    /** Exact cross-entropy (ε = 0). */
    public CrossEntropy() { this(0.0); }

    public CrossEntropy(double epsilon) {
        if (!(epsilon >= 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("cross-entropy: epsilon must be a finite number >= 0, got " + epsilon);
        }
        this.epsilon = epsilon;
    }

    public double epsilon() { return epsilon; }

    /** {@code −y·log(p + ε)}, and 0 where y = 0. */
    @Override
    double term(double p, double y) {
        return y == 0.0 ? 0.0 : -(y * Math.log(p + epsilon));
    }

    /** {@code −Y / (Ŷ + ε) / N}. */
    @Override
    double scaledDerivative(double p, double y, double scale) {
        return y == 0.0 ? 0.0 : -scale * y / (p + epsilon);
    }

    /** The batch mean: N rows. */
    @Override
    int count(Matrix prediction) {
        return prediction.rows();
    }

    @Override
    public String describe() { return epsilon == 0.0 ? "cross-entropy" : "cross-entropy(eps=" + epsilon + ")"; }
}
