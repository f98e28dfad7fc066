package org.hyperlab.core.loss;

import org.hyperlab.core.nn.Buffers;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.Matrix;

/**
 * Cross-entropy on probabilities Ŷ (e.g. the output of a {@code Softmax} layer), the batch mean:
 * {@code J = −(1/N) Σ_r Σ_c Y[r,c] · log(Ŷ[r,c] + ε)}, and its exact derivative, the seed notebook's form
 * {@code ∂J/∂Ŷ = −Y / (Ŷ + ε) / N}. Terms with Y = 0 are 0 (also where Ŷ + ε = 0).
 *
 * <p>ε = 0 (the default) gives the exact cross-entropy; a small ε (the seed used 1e-6) keeps log and the
 * division finite when a probability is 0 but shifts the values (in the theory example, in the fourth digit).
 * Without ε a zero probability on a target class gives J = +∞: a divergence, reported rather than hidden.
 */
public final class CrossEntropy implements Loss {
    private final double epsilon;
    private Matrix gradient;
    private Matrix prediction;
    private Matrix target;

    /** Exact cross-entropy (ε = 0). */
    public CrossEntropy() { this(0.0); }

    public CrossEntropy(double epsilon) {
        if (!(epsilon >= 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("cross-entropy: epsilon must be a finite number >= 0, got " + epsilon);
        }
        this.epsilon = epsilon;
    }

    public double epsilon() { return epsilon; }

    @Override
    public double forward(Matrix prediction, Matrix target) {
        prediction.requireSameShape(target, describe());
        this.prediction = prediction;
        this.target = target;
        double sum = 0.0;
        for (int i = 0; i < target.size(); i++) {
            double y = target.get(i);
            if (y != 0.0) {
                sum += y * Math.log(prediction.get(i) + epsilon);
            }
        }
        return -sum / prediction.rows();
    }

    /** {@code −Y / (Ŷ + ε) / N} for the last batch. */
    @Override
    public Matrix backward() {
        if (target == null) {
            throw new IllegalStateException(describe() + ": backward called before forward");
        }
        gradient = Buffers.ensure(gradient, prediction, prediction.rows(), prediction.cols());
        double scale = -1.0 / prediction.rows();
        double eps = epsilon;
        Kernels.zip(target, prediction, gradient, (y, p) -> y == 0.0 ? 0.0 : scale * y / (p + eps));
        return gradient;
    }

    @Override
    public String describe() { return epsilon == 0.0 ? "cross-entropy" : "cross-entropy(eps=" + epsilon + ")"; }
}
