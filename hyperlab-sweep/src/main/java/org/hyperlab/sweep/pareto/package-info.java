/**
 * Pareto dominance for studies of several objectives, in one place for the samplers (NSGA-II, multi-objective
 * TPE), the command line and the plots: {@link org.hyperlab.sweep.pareto.NonDominatedSort} (fast non-dominated
 * sort), {@link org.hyperlab.sweep.pareto.CrowdingDistance}, {@link org.hyperlab.sweep.pareto.Hypervolume} (exact)
 * and {@link org.hyperlab.sweep.pareto.ParetoFront} (a study's non-dominated complete trials). Points are vectors
 * to be minimized: {@link org.hyperlab.sweep.pareto.ParetoFront#minimized} turns a trial's values into one.
 */
package org.hyperlab.sweep.pareto;
