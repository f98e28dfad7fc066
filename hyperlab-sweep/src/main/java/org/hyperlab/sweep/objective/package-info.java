/**
 * The objective functions of sweep trials, with typed option values (no command-line re-parsing):
 * {@link org.hyperlab.sweep.objective.TrainObjective} (a training run through {@code org.hyperlab.core.run}),
 * {@link org.hyperlab.sweep.objective.DescendObjective} (a 1-D descent) and
 * {@link org.hyperlab.sweep.objective.ProgramObjective} (any program, run through {@code org.hyperlab.sweep.process}).
 * Entry point: {@link org.hyperlab.sweep.objective.SweepObjectives} for train and descend,
 * {@link org.hyperlab.sweep.file.SweepFile#objectiveFunction} for all three.
 */
package org.hyperlab.sweep.objective;
