/**
 * Benchmarks, probes and their timing tools, kept out of the library they measure.
 *
 * <p>Entry points: {@link org.hyperlab.bench.Benchmark} runs the workloads of {@code hyperlab bench} (the CLI's
 * {@code BenchCommand} prints them) next to the machine's {@link org.hyperlab.bench.Ceilings}, with
 * {@link org.hyperlab.bench.ResidentMemory} for the peak resident set of a child run. {@link org.hyperlab.bench.KernelBench},
 * {@link org.hyperlab.bench.NarrowSparseBench} and {@link org.hyperlab.bench.MlpStepProbe} are run by hand (each one's
 * Javadoc has its command line) to time single kernels and the phases of a training step; they reach the kernels
 * only through the public API of {@code org.hyperlab.core.tensor} ({@code Kernels}, {@code FloatBackend}).
 * {@link org.hyperlab.bench.WarmUp} and {@link org.hyperlab.bench.Timing} are the shared warm-up rule and statistics.
 *
 * <p>Next to the sources, the module holds {@code compare.py} (PyTorch and numpy on the same workloads) and
 * {@code floors/} (practical floors measured outside hyperlab). How to measure: {@code docs/kernels.md}.
 * This module may use hyperlab-core (and sweep, report); only the CLI uses it.
 */
package org.hyperlab.bench;
