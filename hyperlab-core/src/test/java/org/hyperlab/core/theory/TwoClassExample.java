package org.hyperlab.core.theory;

import org.hyperlab.core.objective.PolynomialObjective;
import org.hyperlab.core.objective.Rational;

/**
 * The smallest theory input whose every answer is worked out by hand: one observation x = 2, W = [0, 0], b = [0, 0],
 * so Z = [0, 0] and Ŷ = [½, ½]; target class 0, so ∂ℓ/∂Ŷ = [−2, 0], ∂ℓ/∂Z = Ŷ − Y = [−½, ½],
 * ∂J/∂W = x·∂ℓ/∂Z = [−1, 1], J = ln 2. With ε = ½ the target's factor ŷ/(ŷ+ε) is ½, which halves ∂J/∂Z and ∂J/∂W.
 */
final class TwoClassExample {
    private TwoClassExample() {
    }

    /** Labels Y = [1] (one-hot [0, 1]); {@code epsilon} null for exact values only. */
    static TheoryInput input(Double epsilon) {
        return new TheoryInput(new int[] {1}, new Rational[][] {{Rational.of(2)}},
                new Rational[][] {{Rational.ZERO, Rational.ZERO}}, new Rational[] {Rational.ZERO, Rational.ZERO},
                new int[] {0}, epsilon, PolynomialObjective.SEED_EXPRESSION, Rational.ONE);
    }
}
