/**
 * CMA-ES for sweeps: {@link org.hyperlab.sweep.sampler.cmaes.CmaEsSampler} (the entry point, a
 * {@link org.hyperlab.sweep.sampler.Sampler} that replays the study into a run and restarts it IPOP-style),
 * {@code CmaEs} (one run of the evolution strategy on the unit cube) and {@code SymmetricEigen} (the
 * eigen-decomposition it samples with).
 */
package org.hyperlab.sweep.sampler.cmaes;
