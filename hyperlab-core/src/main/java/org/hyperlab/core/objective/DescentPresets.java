package org.hyperlab.core.objective;

import java.util.List;

/**
 * The assignment's 1-D experiments on the seed's quartic at data point x:
 * <ul>
 *   <li>{@code initialization} (section 3): w0 = −1, 0.2, 0.9, 4 with plain gradient descent, η = 0.1, 100 epochs;</li>
 *   <li>{@code learning-rate} (section 4): η = 0.001, 0.01, 1.0, 5.0 from w0 = 0.2, plain descent, 100 epochs;</li>
 *   <li>{@code adam} (section 5): Adam from w0 = 0.2 with η = 5, ρ₁ = 0.9, ρ₂ = 0.999, δ = 1e−8, 100 epochs.</li>
 * </ul>
 */
public final class DescentPresets {
    /** The preset names. */
    public static final List<String> NAMES = List.of("initialization", "learning-rate", "adam");

    /** Epochs of every preset. */
    public static final int EPOCHS = 100;

    private DescentPresets() {
    }

    /** What {@code descend} runs without a preset: the initialization runs under the name {@code descend}. */
    public static DescentExperiment standard(PolynomialObjective objective) {
        return new DescentExperiment("descend", objective, List.of(-1.0, 0.2, 0.9, 4.0), List.of(0.1), EPOCHS,
                OptimizerSpec.sgd(0.1));
    }

    public static DescentExperiment initialization(PolynomialObjective objective) {
        return new DescentExperiment("initialization", objective, List.of(-1.0, 0.2, 0.9, 4.0), List.of(0.1), EPOCHS,
                OptimizerSpec.sgd(0.1));
    }

    public static DescentExperiment learningRate(PolynomialObjective objective) {
        return new DescentExperiment("learning-rate", objective, List.of(0.2), List.of(0.001, 0.01, 1.0, 5.0), EPOCHS,
                OptimizerSpec.sgd(0.001));
    }

    public static DescentExperiment adam(PolynomialObjective objective) {
        return new DescentExperiment("adam", objective, List.of(0.2), List.of(5.0), EPOCHS,
                new OptimizerSpec("adam", 5.0, null, 0.9, 0.999, 1e-8));
    }

    /** The preset called {@code name}; throws {@link IllegalArgumentException} naming the valid ones. */
    public static DescentExperiment byName(String name, PolynomialObjective objective) {
        return switch (name) {
            case "initialization" -> initialization(objective);
            case "learning-rate" -> learningRate(objective);
            case "adam" -> adam(objective);
            default -> throw new IllegalArgumentException("unknown preset '" + name + "' (expected one of "
                    + String.join(", ", NAMES) + ")");
        };
    }
}
