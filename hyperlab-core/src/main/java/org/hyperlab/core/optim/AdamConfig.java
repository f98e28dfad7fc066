package org.hyperlab.core.optim;

/**
 * Hyperparameters of {@link Adam}, as {@code torch.optim.Adam}: learning rate (default 1e-3), β1 (default 0.9),
 * β2 (default 0.999), both in [0, 1), and ε (default 1e-8), added outside the square root.
 */
public record AdamConfig(double learningRate, double beta1, double beta2, double epsilon) {
    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-8;

    public AdamConfig {
        Checks.nonNegative("adam", "learning rate", learningRate);
        Checks.unitInterval("adam", "beta1", beta1);
        Checks.unitInterval("adam", "beta2", beta2);
        Checks.nonNegative("adam", "epsilon", epsilon);
    }

    /** PyTorch's defaults: lr 1e-3, β = (0.9, 0.999), ε = 1e-8. */
    public static AdamConfig defaults() {
        return of(DEFAULT_LEARNING_RATE);
    }

    /** PyTorch's defaults with the given learning rate. */
    public static AdamConfig of(double learningRate) {
        return new AdamConfig(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }
}
