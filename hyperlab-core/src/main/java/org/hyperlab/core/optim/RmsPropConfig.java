package org.hyperlab.core.optim;

/**
 * Hyperparameters of {@link RmsProp}, as {@code torch.optim.RMSprop}: learning rate (default 1e-2), smoothing
 * constant α (default 0.99), ε (default 1e-8), L2 weight decay λ (default 0), momentum μ (default 0) and
 * centered (default off).
 */
public record RmsPropConfig(double learningRate, double alpha, double epsilon, double weightDecay, double momentum,
                            boolean centered) {
    public static final double DEFAULT_LEARNING_RATE = 1e-2;
    public static final double DEFAULT_ALPHA = 0.99;
    public static final double DEFAULT_EPSILON = 1e-8;

    public RmsPropConfig {
        Checks.nonNegative("rmsprop", "learning rate", learningRate);
        Checks.closedUnitInterval("rmsprop", "alpha", alpha);
        Checks.nonNegative("rmsprop", "epsilon", epsilon);
        Checks.nonNegative("rmsprop", "weight decay", weightDecay);
        Checks.unitInterval("rmsprop", "momentum", momentum);
    }

    /** PyTorch's defaults with the given learning rate. */
    public static RmsPropConfig of(double learningRate) {
        return new RmsPropConfig(learningRate, DEFAULT_ALPHA, DEFAULT_EPSILON, 0.0, 0.0, false);
    }
}
