package org.hyperlab.core.loss;

import org.hyperlab.core.nn.BufferPair;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.storage.Matrix;

/**
 * Softmax followed by cross-entropy, fused and computed from the logits Z (N x C), as PyTorch's
 * {@code nn.CrossEntropyLoss} with probability targets:
 * {@code J = −(1/N) Σ_r Σ_c Y[r,c] · log softmax(Z)[r,c] = (1/N) Σ_r Σ_c Y[r,c] · (logΣ_k e^{Z[r,k]} − Z[r,c])},
 * with the log-sum-exp taken after subtracting the row maximum (finite for logits of any size; terms with Y = 0
 * contribute 0 even where the probability underflows). One pass of {@link Kernels#softmaxCrossEntropy}.
 *
 * <p>Gradient: {@code ∂J/∂Z = (P − Y) / N} with P = softmax(Z), computed during {@link #forward} and returned by
 * {@link #backward} (a buffer reused for the last two batch shapes). This closed form assumes every target
 * row sums to 1 (one-hot labels or probability distributions), which is not re-checked.
 */
public final class SoftmaxCrossEntropy implements Loss {
    private final BufferPair gradients = new BufferPair();
    private Matrix gradient;
    private boolean ready;

    @Override
    public double forward(Matrix logits, Matrix target) {
        logits.requireSameShape(target, describe());
        gradient = gradients.get(logits, logits.rows(), logits.cols());
        ready = true;
        return Kernels.softmaxCrossEntropy(logits, target, gradient);
    }

    /** {@code (P − Y) / N} for the last batch. */
    @Override
    public Matrix backward() {
        if (!ready) {
            throw new IllegalStateException(describe() + ": backward called before forward");
        }
        return gradient;
    }

    @Override
    public String describe() { return "softmax-cross-entropy"; }
}
