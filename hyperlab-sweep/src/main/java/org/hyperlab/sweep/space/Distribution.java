package org.hyperlab.sweep.space;

/**
 * The set of values one hyperparameter may take. Every value has an <em>external</em> form (what the objective
 * sees: {@link Double}, {@link Integer}, or a categorical choice) and an <em>internal</em> form, a double used by
 * the samplers (the number itself for numeric parameters, the choice index for categorical ones), as in Optuna.
 */
public sealed interface Distribution permits FloatDistribution, IntDistribution, CategoricalDistribution {

    /** The internal (double) form of an external value of this distribution. */
    double toInternal(Object external);

    /** The external value for an internal one. */
    Object toExternal(double internal);

    /** Whether the external value belongs to this distribution. */
    boolean contains(Object external);

    /** A one-line description, e.g. {@code float[1e-4, 0.1] log}. */
    String describe();
}
