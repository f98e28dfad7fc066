package org.hyperlab.core.optim;

/** PyTorch's {@code ExponentialLR}: {@code lr = base · γ^epoch} (epoch zero-based). */
public record ExponentialDecay(double gamma) implements LearningRateSchedule {
    public ExponentialDecay {
        Checks.nonNegative("exponential schedule", "gamma", gamma);
    }

    @Override
    public double rate(int epoch, double baseRate) {
        return baseRate * Math.pow(gamma, epoch);
    }

    @Override
    public String describe() {
        return "exponential(" + gamma + ")";
    }
}
