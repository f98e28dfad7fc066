/**
 * The training commands: {@code hyperlab train} ({@link org.hyperlab.cli.train.TrainCommand}), {@code evaluate}
 * ({@link org.hyperlab.cli.train.EvaluateCommand}) and {@code lr-find} ({@link org.hyperlab.cli.train.LrFindCommand}),
 * with the data options they share, the progress printer and the files and texts of a training run directory.
 *
 * <p>A training run is assembled by the core's training-run API ({@code org.hyperlab.core.run}); these classes
 * parse options into its spec and present its result.
 */
package org.hyperlab.cli.train;
