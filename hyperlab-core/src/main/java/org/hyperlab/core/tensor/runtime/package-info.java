/**
 * How kernels run: the thread pool {@link org.hyperlab.core.tensor.runtime.Parallel} (work split by output rows or
 * columns only, so every thread count gives the same bits) and the user switches
 * {@link org.hyperlab.core.tensor.runtime.KernelSettings} (the only reader of the {@code hyperlab.*} kernel
 * properties).
 *
 * <p>This package sits below the kernels: {@code core.tensor}, {@code tensor.simd} and {@code tensor.sparse} use
 * it, and it uses none of them. Training runs and front ends set a run's thread count through
 * {@code Parallel.withThreads}.
 */
package org.hyperlab.core.tensor.runtime;
