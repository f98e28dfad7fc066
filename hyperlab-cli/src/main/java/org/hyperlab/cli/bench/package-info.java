/**
 * {@code hyperlab bench}: the speed benchmark ({@link org.hyperlab.cli.bench.BenchCommand}) over the bench module's
 * workloads ({@code org.hyperlab.bench}), its text table, and the peak memory of a training run measured in a child
 * process ({@link org.hyperlab.cli.bench.TrainingRunMemory}).
 */
package org.hyperlab.cli.bench;
