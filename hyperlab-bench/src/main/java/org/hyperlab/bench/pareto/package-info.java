/**
 * The multi-objective benchmark (a command, not a CI step): {@link org.hyperlab.bench.pareto.ParetoBenchmark} is the
 * entry point; {@link org.hyperlab.bench.pareto.BiObjectiveProblem} holds the test problems with their true fronts'
 * hypervolumes, and {@link org.hyperlab.bench.pareto.ParetoRun} runs one seeded study and measures the hypervolume
 * of its Pareto front.
 */
package org.hyperlab.bench.pareto;
