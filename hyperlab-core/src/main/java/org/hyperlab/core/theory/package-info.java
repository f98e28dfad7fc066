/**
 * The theory calculator: the one-hot encoding, forward pass and gradients of the theory section, computed exactly
 * (sums of exponentials, {@link org.hyperlab.core.theory.ExpSum} and {@link org.hyperlab.core.theory.ExpForm}) and in
 * float64 with the core layers.
 *
 * <p>Entry point: {@link org.hyperlab.core.theory.TheoryCalculator} (a {@link org.hyperlab.core.theory.TheoryInput} in,
 * a {@link org.hyperlab.core.theory.TheoryResult} out), printed by {@link org.hyperlab.core.theory.TheoryReport}.
 */
package org.hyperlab.core.theory;
