package org.hyperlab.core.optim;

/**
 * PyTorch's {@code CosineAnnealingLR} in its closed form,
 * {@code lr = η_min + (base − η_min)·(1 + cos(π·epoch / T_max)) / 2} (epoch zero-based): the rate falls from
 * base at epoch 0 to η_min at epoch T_max. Like PyTorch's closed form, it rises again after T_max (a cosine of
 * period 2·T_max).
 */
public record CosineAnnealing(int maxEpochs, double minRate) implements LearningRateSchedule {
    public CosineAnnealing {
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("cosine schedule: T_max must be >= 1 epoch, got " + maxEpochs);
        }
        Checks.nonNegative("cosine schedule", "eta_min", minRate);
    }

    @Override
    public double rate(int epoch, double baseRate) {
        return minRate + (baseRate - minRate) * (1.0 + Math.cos(Math.PI * epoch / maxEpochs)) / 2.0;
    }

    @Override
    public String describe() {
        return "cosine(" + maxEpochs + ", " + minRate + ")";
    }
}
