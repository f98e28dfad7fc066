/**
 * The training loop and its policies: {@link org.hyperlab.core.train.Trainer} (seeded shuffle per epoch,
 * mini-batches with the last partial batch kept, per-epoch metrics), {@link org.hyperlab.core.train.EarlyStopping},
 * stop reasons including divergence, {@link org.hyperlab.core.train.TrainingListener} for progress and pruning, the
 * forward-only {@link org.hyperlab.core.train.Evaluator} and the history as CSV.
 *
 * <p>A {@code Trainer} is built in one place only, the training-run API ({@code org.hyperlab.core.run.TrainingRun});
 * an architecture test keeps it so.
 */
package org.hyperlab.core.train;
