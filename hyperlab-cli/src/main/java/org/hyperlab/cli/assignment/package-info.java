/**
 * {@code hyperlab assignment}: the whole "Exploring Hyperparameters" study as one report directory. Entry point:
 * {@link org.hyperlab.cli.assignment.AssignmentCommand}.
 */
package org.hyperlab.cli.assignment;
