package org.hyperlab.core.optim;

/**
 * Hyperparameters of {@link Sgd}, as {@code torch.optim.SGD}: learning rate (default 1e-3), momentum μ
 * (default 0), dampening τ (default 0), L2 weight decay λ (default 0) and Nesterov momentum (default off;
 * needs μ &gt; 0 and τ = 0).
 */
public record SgdConfig(double learningRate, double momentum, double dampening, double weightDecay, boolean nesterov) {
    public static final double DEFAULT_LEARNING_RATE = 1e-3;

    public SgdConfig {
        Checks.nonNegative("sgd", "learning rate", learningRate);
        Checks.unitInterval("sgd", "momentum", momentum);
        Checks.closedUnitInterval("sgd", "dampening", dampening);
        Checks.nonNegative("sgd", "weight decay", weightDecay);
        if (nesterov && (momentum <= 0.0 || dampening != 0.0)) {
            throw new IllegalArgumentException("sgd: nesterov momentum requires momentum > 0 and dampening = 0, got momentum "
                    + momentum + ", dampening " + dampening);
        }
    }

    /** Plain SGD with the given learning rate. */
    public static SgdConfig plain(double learningRate) {
        return new SgdConfig(learningRate, 0.0, 0.0, 0.0, false);
    }

    /** SGD with (heavy-ball) momentum μ. */
    public static SgdConfig withMomentum(double learningRate, double momentum) {
        return new SgdConfig(learningRate, momentum, 0.0, 0.0, false);
    }

    /** SGD with Nesterov momentum μ. */
    public static SgdConfig nesterov(double learningRate, double momentum) {
        return new SgdConfig(learningRate, momentum, 0.0, 0.0, true);
    }
}
