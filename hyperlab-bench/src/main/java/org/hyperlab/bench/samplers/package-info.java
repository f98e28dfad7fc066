/**
 * The sampler benchmark and the sampler overhead workload (commands, not CI steps: {@code hyperlab bench samplers}
 * and {@code hyperlab bench overhead}): {@link org.hyperlab.bench.samplers.SamplerBenchmark} runs the studies and
 * summarizes them, {@link org.hyperlab.bench.samplers.TestFunction} holds the functions, {@code SamplerRun} runs one
 * seeded study, {@code RegretCurves} stores the curves as CSV, {@code RegretReport} makes the table and the figure
 * with {@link org.hyperlab.bench.samplers.BootstrapInterval}s, and {@link org.hyperlab.bench.samplers.SamplerOverhead}
 * times the default sampler's cost per trial.
 */
package org.hyperlab.bench.samplers;
