/**
 * Trial executors: how a study's trials are run, given a {@link org.hyperlab.sweep.exec.TrialTask} that claims and
 * runs one. Entry point: the {@link org.hyperlab.sweep.exec.TrialExecutor} contract, implemented by
 * {@link org.hyperlab.sweep.exec.SequentialTrialExecutor} (reproducible number for number) and
 * {@link org.hyperlab.sweep.exec.ThreadPoolTrialExecutor}.
 */
package org.hyperlab.sweep.exec;
