/**
 * Studies and trials, Optuna's split: a {@link org.hyperlab.sweep.Study} asks its sampler for parameters, runs the
 * {@link org.hyperlab.sweep.ObjectiveFunction} through a trial executor, lets its pruner stop trials and persists
 * everything in a study storage. A live {@link org.hyperlab.sweep.Trial} handle versus the immutable
 * {@link org.hyperlab.sweep.record.TrialRecord} snapshot; trial states include DIVERGED.
 *
 * <p>Entry point: {@link org.hyperlab.sweep.Study}. Sweep files live in {@code org.hyperlab.sweep.file}, the
 * objectives they name in {@code org.hyperlab.sweep.objective}.
 */
package org.hyperlab.sweep;

import org.hyperlab.sweep.record.TrialRecord;
