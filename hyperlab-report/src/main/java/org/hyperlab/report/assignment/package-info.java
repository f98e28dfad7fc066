/**
 * The whole "Exploring Hyperparameters" study as one report: theory, the objective, initialization, learning rate,
 * Adam, and MNIST with its hyperparameter decisions, each section computed from measured runs.
 *
 * <p>Entry point: {@link org.hyperlab.report.assignment.AssignmentStudy} (settings in
 * {@link org.hyperlab.report.assignment.AssignmentSettings}); the CLI's {@code assignment} command runs it.
 */
package org.hyperlab.report.assignment;
