package org.hyperlab.core.nn;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Activation layers by name, for configuration files, sweeps and the command line. */
public final class Activations {
    /** The accepted names. */
    public static final List<String> NAMES = List.of("relu", "sigmoid", "tanh", "linear");

    private Activations() {
    }

    /**
     * A factory of fresh layers for {@code relu}, {@code sigmoid} (also {@code logistic}), {@code tanh} or
     * {@code linear} (also {@code identity}), case-insensitive.
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public static Supplier<Layer> byName(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "relu": return ReLU::new;
            case "sigmoid": case "logistic": case "logistic-sigmoid": return LogisticSigmoid::new;
            case "tanh": return Tanh::new;
            case "linear": case "identity": return Linear::new;
            default: throw new IllegalArgumentException("activation: unknown '" + name + "', expected one of " + NAMES);
        }
    }
}
