package org.hyperlab.core.nn;

/**
 * Logistic sigmoid, {@code σ(z) = 1 / (1 + e^−z)}, {@code σ'(z) = σ(z)·(1 − σ(z))} (read from the output).
 * Evaluated as {@code e^z / (1 + e^z)} for negative z so that no intermediate overflows.
 */
public final class LogisticSigmoid extends Activation {
    public LogisticSigmoid() {
        super(LogisticSigmoid::sigma, (y, g) -> g * y * (1.0 - y), true);
    }

    /** σ(z), finite and in [0, 1] for every z. */
    public static double sigma(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    @Override
    public String describe() { return "LogisticSigmoid"; }
}
