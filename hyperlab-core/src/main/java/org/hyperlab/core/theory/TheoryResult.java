package org.hyperlab.core.theory;

import java.util.List;
import org.hyperlab.core.objective.ObjectiveAnalysis;
import org.hyperlab.core.objective.PolynomialObjective;
import org.hyperlab.core.objective.Rational;

/**
 * Every answer of the theory section with its intermediates. Convention (the assignment's): J = (1/N)·Σₙ ℓₙ with
 * ℓₙ = −Σⱼ yₙⱼ·log ŷₙⱼ; {@code dJdYHat} and {@code dJdZ} hold the per-observation gradients ∂ℓₙ/∂Ŷₙ = −Yₙ/Ŷₙ and
 * ∂ℓₙ/∂Zₙ = Ŷₙ − Yₙ, so that ∂J/∂W = (1/N)·Xᵀ·∂J/∂Z and ∂J/∂b = (1/N)·Σₙ ∂J/∂Zₙ (the core's batch-mean
 * losses return the first two divided by N).
 *
 * @param input             the inputs
 * @param oneHot            one-hot rows of Y
 * @param z                 Z = X·W + b, exact
 * @param zValue            Z from {@code FullyConnected} in float64
 * @param yHat              softmax(Z)
 * @param dJdYHat           per observation, −Y/Ŷ (with ε: −Y/(Ŷ+ε))
 * @param softmaxJacobian   diag(ŷₙ) − ŷₙŷₙᵀ for each observation
 * @param dJdZ              per observation, Jacobianᵀ·∂J/∂Ŷ = Ŷ − Y
 * @param dJdW              (1/N)·Xᵀ·∂J/∂Z
 * @param dJdb              (1/N)·Σₙ ∂J/∂Zₙ (one row)
 * @param loss              J in float64 (exact cross-entropy)
 * @param lossWithEpsilon   J with ε inside the log, or null
 * @param fusedDifference   largest |difference| between the fused (Ŷ − Y)/N and the Jacobian path's ∂J/∂Z/N
 * @param updateRules       the gradient-descent update rules as text
 * @param epsilonNote       how ε = {@link #epsilonCompared()} shifts the answers, computed
 * @param epsilonCompared   the ε used for {@code epsilonNote} (the given one, else the worked answer's 1e−6)
 * @param objective         the 1-D objective
 * @param analysis          its exact analysis
 */
public record TheoryResult(TheoryInput input, int[][] oneHot, Rational[][] z, double[][] zValue, Quantity yHat,
        Quantity dJdYHat, List<Quantity> softmaxJacobian, Quantity dJdZ, Quantity dJdW, Quantity dJdb, double loss,
        Double lossWithEpsilon, double fusedDifference, List<String> updateRules, String epsilonNote,
        double epsilonCompared, PolynomialObjective objective, ObjectiveAnalysis analysis) {
}
