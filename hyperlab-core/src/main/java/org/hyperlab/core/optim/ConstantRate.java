package org.hyperlab.core.optim;

/** The constant schedule: {@code lr = base} at every epoch. */
public record ConstantRate() implements LearningRateSchedule {
    @Override
    public double rate(int epoch, double baseRate) {
        return baseRate;
    }

    @Override
    public String describe() {
        return "constant";
    }
}
