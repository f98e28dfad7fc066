/**
 * 1-D objectives J(w) and their exact analysis: polynomials with {@link org.hyperlab.core.objective.Rational}
 * coefficients parsed from text ({@link org.hyperlab.core.objective.ExpressionParser}), their critical points, kinds and
 * values as fractions ({@link org.hyperlab.core.objective.ObjectiveAnalysis}), tables, and gradient descent on them with
 * the same optimizer classes the networks use ({@link org.hyperlab.core.objective.GradientDescentRun}), diagnosed from
 * the analysis ({@link org.hyperlab.core.objective.DescentDiagnosis}).
 *
 * <p>Entry points: {@link org.hyperlab.core.objective.PolynomialObjective} for one objective and
 * {@link org.hyperlab.core.objective.DescentExperiment} for a grid of runs (the assignment's runs in
 * {@link org.hyperlab.core.objective.DescentPresets}).
 */
package org.hyperlab.core.objective;
