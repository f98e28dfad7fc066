package org.hyperlab.core.model;

import java.util.Arrays;
import java.util.Locale;
import org.hyperlab.core.nn.Layer;
import org.hyperlab.core.nn.LogisticSigmoid;
import org.hyperlab.core.nn.ReLU;
import org.hyperlab.core.nn.Tanh;

/** The activation after each hidden layer, by its command-line name: {@code relu}, {@code tanh}, {@code sigmoid}. */
public enum HiddenActivation {
    RELU("relu"),
    TANH("tanh"),
    SIGMOID("sigmoid");

    private final String label;

    HiddenActivation(String label) {
        this.label = label;
    }

    /** The name used on the command line and in model files. */
    public String label() { return label; }

    /** A fresh layer of this kind. */
    public Layer newLayer() {
        return switch (this) {
            case RELU -> new ReLU();
            case TANH -> new Tanh();
            case SIGMOID -> new LogisticSigmoid();
        };
    }

    /**
     * Parses a name case-insensitively ({@code logistic} is accepted for {@code sigmoid}).
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public static HiddenActivation parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("logistic")) {
            return SIGMOID;
        }
        for (HiddenActivation a : values()) {
            if (a.label.equals(n)) {
                return a;
            }
        }
        throw new IllegalArgumentException("activation: unknown '" + name + "', expected one of "
                + Arrays.stream(values()).map(HiddenActivation::label).toList());
    }
}
