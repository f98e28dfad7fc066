/**
 * {@code hyperlab bench}: the speed benchmark ({@link org.hyperlab.cli.bench.BenchCommand}) over the bench module's
 * workloads ({@code org.hyperlab.bench}), its text table, and the peak memory of a training run measured in a child
 * process ({@link org.hyperlab.cli.bench.TrainingRunMemory}); its subcommands run the sampler benchmark
 * ({@code samplers}), the sampler overhead workload ({@code overhead}) and the time to a sweep's first trial
 * ({@code first-trial}, in a child process).
 */
package org.hyperlab.cli.bench;
