package org.hyperlab.core.optim;

/**
 * Hyperparameters of {@link AdaGrad}, as {@code torch.optim.Adagrad}: learning rate (default 1e-2), learning-rate
 * decay η (default 0), L2 weight decay λ (default 0), initial accumulator value (default 0) and ε (default 1e-10).
 */
public record AdaGradConfig(double learningRate, double learningRateDecay, double weightDecay,
                            double initialAccumulatorValue, double epsilon) {
    public static final double DEFAULT_LEARNING_RATE = 1e-2;
    public static final double DEFAULT_EPSILON = 1e-10;

    public AdaGradConfig {
        Checks.nonNegative("adagrad", "learning rate", learningRate);
        Checks.nonNegative("adagrad", "learning-rate decay", learningRateDecay);
        Checks.nonNegative("adagrad", "weight decay", weightDecay);
        Checks.nonNegative("adagrad", "initial accumulator value", initialAccumulatorValue);
        Checks.nonNegative("adagrad", "epsilon", epsilon);
    }

    /** PyTorch's defaults with the given learning rate. */
    public static AdaGradConfig of(double learningRate) {
        return new AdaGradConfig(learningRate, 0.0, 0.0, 0.0, DEFAULT_EPSILON);
    }
}
