package org.hyperlab.core.optim;

/**
 * PyTorch's {@code StepLR}: the rate is multiplied by γ every {@code stepSize} epochs,
 * {@code lr = base · γ^⌊epoch / stepSize⌋} (epoch zero-based).
 */
public record StepDecay(int stepSize, double gamma) implements LearningRateSchedule {
    public StepDecay {
        if (stepSize < 1) {
            throw new IllegalArgumentException("step schedule: step size must be >= 1 epoch, got " + stepSize);
        }
        Checks.nonNegative("step schedule", "gamma", gamma);
    }

    @Override
    public double rate(int epoch, double baseRate) {
        return baseRate * Math.pow(gamma, epoch / stepSize);
    }

    @Override
    public String describe() {
        return "step(" + stepSize + ", " + gamma + ")";
    }
}
