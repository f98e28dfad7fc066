/**
 * Samplers: propose a trial's parameter values from the search space and the finished trials. Entry point: the
 * {@link org.hyperlab.sweep.sampler.Sampler} contract, implemented by {@link org.hyperlab.sweep.sampler.GridSampler},
 * {@link org.hyperlab.sweep.sampler.RandomSampler} and {@link org.hyperlab.sweep.sampler.TpeSampler} (with its Parzen
 * estimator and truncated normal).
 */
package org.hyperlab.sweep.sampler;
