/**
 * Optimizers and learning-rate schedules, one class per algorithm, each stating the exact update rule of its
 * {@code torch.optim} counterpart: {@link org.hyperlab.core.optim.Sgd}, {@link org.hyperlab.core.optim.Adam},
 * {@link org.hyperlab.core.optim.AdamW}, {@link org.hyperlab.core.optim.AdaGrad}, {@link org.hyperlab.core.optim.RmsProp}.
 * Hyperparameters are immutable validated records with PyTorch's defaults (e.g. {@link org.hyperlab.core.optim.AdamConfig}).
 *
 * <p>Entry points: the {@link org.hyperlab.core.optim.Optimizer} contract, {@link org.hyperlab.core.optim.Optimizers}
 * (by name from a bag of hyperparameters) and {@link org.hyperlab.core.optim.LearningRateSchedules} (a schedule from
 * its command-line text).
 */
package org.hyperlab.core.optim;
