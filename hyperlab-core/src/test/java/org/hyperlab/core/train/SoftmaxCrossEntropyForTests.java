package org.hyperlab.core.train;

import org.hyperlab.core.loss.Loss;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.Matrix;

/** Test fixture: J = −(1/N)·Σ y·log softmax(z), ∂J/∂Z = (P − Y)/N. */
final class SoftmaxCrossEntropyForTests implements Loss {
    private Matrix probabilities;
    private Matrix targets;
    private Matrix gradient;

    @Override
    public double forward(Matrix logits, Matrix target) {
        if (probabilities == null || probabilities.rows() != logits.rows()) {
            probabilities = logits.zerosLike();
            gradient = logits.zerosLike();
        }
        Kernels.softmaxRows(logits, probabilities);
        targets = target;
        double sum = 0.0;
        for (int i = 0; i < logits.size(); i++) {
            if (target.get(i) != 0.0) {
                sum -= target.get(i) * Math.log(probabilities.get(i));
            }
        }
        return sum / logits.rows();
    }

    @Override
    public Matrix backward() {
        int n = probabilities.rows();
        for (int i = 0; i < gradient.size(); i++) {
            gradient.set(i, (probabilities.get(i) - targets.get(i)) / n);
        }
        return gradient;
    }

    @Override
    public String describe() {
        return "softmax-cross-entropy (test)";
    }
}
