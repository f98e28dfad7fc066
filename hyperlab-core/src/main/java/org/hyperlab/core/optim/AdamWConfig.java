package org.hyperlab.core.optim;

/**
 * Hyperparameters of {@link AdamW}, as {@code torch.optim.AdamW}: learning rate (default 1e-3), β1 (default 0.9),
 * β2 (default 0.999), ε (default 1e-8) and the decoupled weight decay λ (default 0.01).
 */
public record AdamWConfig(double learningRate, double beta1, double beta2, double epsilon, double weightDecay) {
    public static final double DEFAULT_WEIGHT_DECAY = 0.01;

    public AdamWConfig {
        Checks.nonNegative("adamw", "learning rate", learningRate);
        Checks.unitInterval("adamw", "beta1", beta1);
        Checks.unitInterval("adamw", "beta2", beta2);
        Checks.nonNegative("adamw", "epsilon", epsilon);
        Checks.nonNegative("adamw", "weight decay", weightDecay);
    }

    /** PyTorch's defaults: lr 1e-3, β = (0.9, 0.999), ε = 1e-8, weight decay 0.01. */
    public static AdamWConfig defaults() {
        return of(AdamConfig.DEFAULT_LEARNING_RATE);
    }

    /** PyTorch's defaults with the given learning rate. */
    public static AdamWConfig of(double learningRate) {
        return new AdamWConfig(learningRate, AdamConfig.DEFAULT_BETA1, AdamConfig.DEFAULT_BETA2,
                AdamConfig.DEFAULT_EPSILON, DEFAULT_WEIGHT_DECAY);
    }
}
