/**
 * Gaussian-process Bayesian optimization for sweeps: {@link org.hyperlab.sweep.sampler.gp.GpSampler} (the entry
 * point, a {@link org.hyperlab.sweep.sampler.Sampler}), {@code GaussianProcess} (regression and the marginal
 * likelihood fit), {@code Matern52Kernel}, {@code LogExpectedImprovement} (the acquisition, computed in log space)
 * and {@code AcquisitionSearch} (its maximization).
 */
package org.hyperlab.sweep.sampler.gp;
