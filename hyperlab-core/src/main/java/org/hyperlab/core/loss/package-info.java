/**
 * Losses: positive, the batch mean, each returning its value and ∂J/∂(its input). The fused
 * {@link org.hyperlab.core.loss.SoftmaxCrossEntropy} (from logits, ∂J/∂Z = (P − Y)/N) sits next to the separate
 * {@link org.hyperlab.core.loss.CrossEntropy} on probabilities that the theory section walks through, with
 * {@link org.hyperlab.core.loss.SquaredError} and {@link org.hyperlab.core.loss.LogLoss}.
 *
 * <p>Entry points: the {@link org.hyperlab.core.loss.Loss} contract and {@link org.hyperlab.core.loss.Losses} (by name).
 */
package org.hyperlab.core.loss;
