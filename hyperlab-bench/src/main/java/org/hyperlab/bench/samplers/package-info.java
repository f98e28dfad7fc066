/**
 * The sampler benchmark (a command, not a CI step): {@link org.hyperlab.bench.samplers.SamplerBenchmark} is the
 * entry point; {@link org.hyperlab.bench.samplers.TestFunction} holds the functions, {@code SamplerRun} runs one
 * seeded study, {@code RegretCurves} stores the curves as CSV, {@code RegretReport} makes the table and the figure
 * with {@link org.hyperlab.bench.samplers.BootstrapInterval}s, and {@code SamplerOverhead} times the default
 * sampler's cost per trial.
 */
package org.hyperlab.bench.samplers;
