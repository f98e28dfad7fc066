package org.hyperlab.core.init;

import java.util.List;
import java.util.Locale;

/** Initializers by name, for configuration files and the command line. */
public final class Initializers {
    /** The accepted names; {@code constant:<value>} takes a number. */
    public static final List<String> NAMES = List.of("xavier-uniform", "xavier-normal", "he", "zeros", "constant:<value>");

    private Initializers() {
    }

    /**
     * Parses {@code xavier-uniform}, {@code xavier-normal}, {@code he}, {@code zeros} or {@code constant:<value>}
     * (case-insensitive), with default gains.
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public static Initializer byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "xavier-uniform": case "xavier": case "glorot-uniform": return new XavierUniform();
            case "xavier-normal": case "glorot-normal": return new XavierNormal();
            case "he": case "kaiming": case "he-normal": case "kaiming-normal": return new He();
            case "zeros": case "zero": return new Zeros();
            default:
                if (n.startsWith("constant:")) {
                    try {
                        return new Constant(Double.parseDouble(n.substring("constant:".length())));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("initializer: '" + name + "' needs a number after 'constant:'");
                    }
                }
                throw new IllegalArgumentException("initializer: unknown '" + name + "', expected one of " + NAMES);
        }
    }
}
