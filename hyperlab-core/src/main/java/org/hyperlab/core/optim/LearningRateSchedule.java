package org.hyperlab.core.optim;

/**
 * A per-epoch learning-rate schedule, as PyTorch's {@code torch.optim.lr_scheduler} classes stepped once per
 * epoch. {@code epoch} counts the epochs completed before the one about to run (0 for the first epoch, PyTorch's
 * {@code last_epoch}); {@code baseRate} is the optimizer's initial learning rate.
 */
public interface LearningRateSchedule {
    /** The learning rate for the epoch with zero-based index {@code epoch}. */
    double rate(int epoch, double baseRate);

    /** A short description, e.g. {@code step(10, 0.5)}. */
    String describe();

    /** The rate never changes. */
    static LearningRateSchedule constant() {
        return new ConstantRate();
    }

    /** {@code lr = base · γ^⌊epoch / stepSize⌋} ({@code StepLR}). */
    static LearningRateSchedule step(int stepSize, double gamma) {
        return new StepDecay(stepSize, gamma);
    }

    /** {@code lr = base · γ^epoch} ({@code ExponentialLR}). */
    static LearningRateSchedule exponential(double gamma) {
        return new ExponentialDecay(gamma);
    }

    /** {@code lr = η_min + (base − η_min)·(1 + cos(π·epoch / T_max)) / 2} ({@code CosineAnnealingLR}). */
    static LearningRateSchedule cosine(int maxEpochs, double minRate) {
        return new CosineAnnealing(maxEpochs, minRate);
    }
}
