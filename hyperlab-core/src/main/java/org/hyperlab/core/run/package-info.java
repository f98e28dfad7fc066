/**
 * The training-run API: one typed, validated {@link org.hyperlab.core.run.TrainingRunSpec} (data and split, model,
 * optimizer, loop settings, seed, threads) executed by {@link org.hyperlab.core.run.TrainingRun} into a
 * {@link org.hyperlab.core.run.TrainingRunResult} (history, {@link org.hyperlab.core.run.FinalScores}, trained
 * model). Used by {@code train}, sweep trials, the assignment report and the benchmark. Data loading and its
 * process-wide cache live here too ({@link org.hyperlab.core.run.TrainingData},
 * {@link org.hyperlab.core.run.LoadOnceCache}). Entry point: {@code TrainingRun.prepare(spec, log).execute()}.
 */
package org.hyperlab.core.run;
