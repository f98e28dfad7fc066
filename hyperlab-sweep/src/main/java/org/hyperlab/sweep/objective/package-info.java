/**
 * The objective functions of sweep trials, with typed option values (no command-line re-parsing):
 * {@link org.hyperlab.sweep.objective.TrainObjective} (a training run through {@code org.hyperlab.core.run}) and
 * {@link org.hyperlab.sweep.objective.DescendObjective} (a 1-D descent). Entry point:
 * {@link org.hyperlab.sweep.objective.SweepObjectives}.
 */
package org.hyperlab.sweep.objective;
