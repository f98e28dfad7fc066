package org.hyperlab.core.nn;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the {@link Input} layer standardizes features, {@code x' = (x − μ) / σ}, with μ and σ fitted on the training
 * data only:
 * <ul>
 *   <li>{@link #PER_FEATURE}: one μ and σ per feature (column), as scikit-learn's {@code StandardScaler};</li>
 *   <li>{@link #GLOBAL}: one μ and σ over all training values (every row and column), as torchvision's
 *       {@code Normalize((0.1307,), (0.3081,))} does for MNIST pixels; an affine map of {@code x/255}, so it keeps
 *       the relative intensities of the pixels instead of blowing up nearly constant border pixels;</li>
 *   <li>{@link #OFF}: the identity (raw values).</li>
 * </ul>
 */
public enum ZScoring {
    PER_FEATURE("per-feature"),
    GLOBAL("global"),
    OFF("off");

    private final String label;

    ZScoring(String label) {
        this.label = label;
    }

    /** The name used on the command line and in model files. */
    public String label() { return label; }

    /** True unless {@link #OFF}. */
    public boolean enabled() { return this != OFF; }

    /**
     * Parses a name case-insensitively; {@code true} and {@code false} (model files written before the modes
     * existed) mean {@link #PER_FEATURE} and {@link #OFF}.
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public static ZScoring parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("true")) {
            return PER_FEATURE;
        }
        if (n.equals("false")) {
            return OFF;
        }
        for (ZScoring z : values()) {
            if (z.label.equals(n)) {
                return z;
            }
        }
        throw new IllegalArgumentException("z-scoring: unknown '" + name + "', expected one of "
                + Arrays.stream(values()).map(ZScoring::label).toList());
    }
}
