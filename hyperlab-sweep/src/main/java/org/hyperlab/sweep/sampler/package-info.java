/**
 * Samplers: propose a trial's parameter values from the search space and the finished trials. Entry point: the
 * {@link org.hyperlab.sweep.sampler.Sampler} contract, implemented by {@link org.hyperlab.sweep.sampler.GridSampler},
 * {@link org.hyperlab.sweep.sampler.RandomSampler} and {@link org.hyperlab.sweep.sampler.TpeSampler} (univariate with
 * its Parzen estimator and truncated normal; multivariate, the default, with {@code ParzenMixture} and a
 * {@link org.hyperlab.sweep.sampler.TpeBandwidth} rule). {@link org.hyperlab.sweep.sampler.EncodedSpace} codes a space
 * as a vector for the joint models (multivariate TPE here, CMA-ES in {@code sampler.cmaes}, the Gaussian process in
 * {@code sampler.gp}); {@link org.hyperlab.sweep.sampler.StandardNormal} holds the normal-distribution numerics.
 */
package org.hyperlab.sweep.sampler;
