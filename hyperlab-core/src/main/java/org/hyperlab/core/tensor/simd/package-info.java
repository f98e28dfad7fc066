/**
 * The float32 kernels on raw row-major arrays, behind the {@link org.hyperlab.core.tensor.simd.FloatKernels}
 * interface: the Vector API implementation ({@code SimdFloatKernels}, with the register-blocked products
 * {@code SimdPanel} and {@code SimdDots}, the one-vector-per-row kernels {@code SimdRows} and the exactly rounded
 * lane sums and exponential of {@code SimdMath}) and the plain-loop fallback ({@code LoopFloatKernels}).
 * {@link org.hyperlab.core.tensor.simd.FloatArrays} holds the operations built on either (softmax, cross-entropy,
 * column sums, the row gather). {@link org.hyperlab.core.tensor.simd.Scratch} and
 * {@link org.hyperlab.core.tensor.simd.VectorAlignment} are the per-thread scratch arrays and the alignment offset
 * the kernels share with {@code tensor.sparse}.
 *
 * <p>Entry point: {@link org.hyperlab.core.tensor.Kernels} chooses the implementation and calls these; nothing
 * outside {@code org.hyperlab.core.tensor} uses this package. Results are the same bits in every JIT tier and for
 * every thread count (see {@code SimdMath} and {@link org.hyperlab.core.tensor.runtime.Parallel}).
 */
package org.hyperlab.core.tensor.simd;
