package org.hyperlab.core.loss;

import org.hyperlab.core.nn.Buffers;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.Matrix;

/**
 * Softmax followed by cross-entropy, fused and computed from the logits Z (N x C), as PyTorch's
 * {@code nn.CrossEntropyLoss} with probability targets:
 * {@code J = −(1/N) Σ_r Σ_c Y[r,c] · log softmax(Z)[r,c]}, with {@code log softmax} computed by log-sum-exp
 * (finite for logits of any size; terms with Y = 0 contribute 0 even where the probability underflows).
 *
 * <p>Gradient: {@code ∂J/∂Z = (P − Y) / N} with P = softmax(Z). This closed form assumes every target row sums to
 * 1 (one-hot labels or probability distributions), which {@link #forward} does not re-check.
 */
public final class SoftmaxCrossEntropy implements Loss {
    private Matrix logProbabilities;
    private Matrix probabilities;
    private Matrix target;
    private Matrix gradient;

    @Override
    public double forward(Matrix logits, Matrix target) {
        logits.requireSameShape(target, describe());
        logProbabilities = Buffers.ensure(logProbabilities, logits, logits.rows(), logits.cols());
        probabilities = Buffers.ensure(probabilities, logits, logits.rows(), logits.cols());
        Kernels.logSoftmaxRows(logits, logProbabilities);
        Kernels.softmaxRows(logits, probabilities);
        this.target = target;
        double sum = 0.0;
        for (int i = 0; i < target.size(); i++) {
            double y = target.get(i);
            if (y != 0.0) {
                sum += y * logProbabilities.get(i);
            }
        }
        return -sum / logits.rows();
    }

    /** {@code (P − Y) / N} for the last batch. */
    @Override
    public Matrix backward() {
        if (target == null) {
            throw new IllegalStateException(describe() + ": backward called before forward");
        }
        gradient = Buffers.ensure(gradient, probabilities, probabilities.rows(), probabilities.cols());
        gradient.copyFromInPlace(probabilities);
        Kernels.axpy(-1.0, target, gradient);
        Kernels.scaleInPlace(gradient, 1.0 / probabilities.rows());
        return gradient;
    }

    /** The softmax probabilities P of the last batch (a buffer reused by the next call). */
    public Matrix probabilities() { return probabilities; }

    @Override
    public String describe() { return "softmax-cross-entropy"; }
}
