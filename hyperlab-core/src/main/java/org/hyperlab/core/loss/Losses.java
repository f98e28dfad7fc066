package org.hyperlab.core.loss;

import java.util.List;
import java.util.Locale;

/** Losses by name, for configuration files, sweeps and the command line. */
public final class Losses {
    /** The accepted names. */
    public static final List<String> NAMES =
            List.of("softmax-cross-entropy", "cross-entropy", "log-loss", "squared-error");

    private Losses() {
    }

    /**
     * A new loss for {@code softmax-cross-entropy} (from logits), {@code cross-entropy} (on probabilities, with
     * {@code epsilon} inside; 0 for the exact value), {@code log-loss} (binary) or {@code squared-error}
     * (also {@code mse}), case-insensitive.
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public static Loss byName(String name, double epsilon) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "softmax-cross-entropy": return new SoftmaxCrossEntropy();
            case "cross-entropy": return new CrossEntropy(epsilon);
            case "log-loss": case "binary-cross-entropy": case "bce": return new LogLoss();
            case "squared-error": case "mse": return new SquaredError();
            default: throw new IllegalArgumentException("loss: unknown '" + name + "', expected one of " + NAMES);
        }
    }

    /** {@link #byName(String, double)} with ε = 0. */
    public static Loss byName(String name) { return byName(name, 0.0); }
}
