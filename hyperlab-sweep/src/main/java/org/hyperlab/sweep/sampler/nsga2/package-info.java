/**
 * NSGA-II (Deb, Pratap, Agarwal and Meyarivan, "A fast and elitist multiobjective genetic algorithm: NSGA-II",
 * IEEE Transactions on Evolutionary Computation 6(2), 2002) as a stateless sampler: {@link
 * org.hyperlab.sweep.sampler.nsga2.Nsga2Sampler} rebuilds the parent population from the stored trials
 * ({@link org.hyperlab.sweep.sampler.nsga2.Nsga2Population}: generations by trial number, elitist selection by
 * non-domination rank and crowding distance) and breeds one child per trial
 * ({@link org.hyperlab.sweep.sampler.nsga2.GeneticOperators}: binary tournament, SBX crossover and polynomial
 * mutation for numeric parameters, uniform crossover and random resetting for categorical ones).
 */
package org.hyperlab.sweep.sampler.nsga2;
