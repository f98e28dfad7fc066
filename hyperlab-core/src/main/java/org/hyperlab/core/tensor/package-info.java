/**
 * Matrices and the numerical kernels every layer, loss and optimizer calls.
 *
 * <p>Entry point: {@link org.hyperlab.core.tensor.Kernels}, the one façade for every hot operation. It alone
 * decides which implementation runs (the table below); layers, losses and optimizers call it with
 * {@link org.hyperlab.core.tensor.storage.Matrix} arguments and never name an implementation. The package also
 * holds the obviously-right {@link org.hyperlab.core.tensor.ReferenceKernels} that every fast path is tested
 * against, the float64 array loops ({@code DoubleArrays}), the row-vector kernels ({@code RowVectors}), the
 * background warm-up and {@link org.hyperlab.core.tensor.SparseFeatures} (how training features are held sparsely:
 * their sparse form, mini-batch row selections and the z-scored view, which the layers ask for);
 * {@link org.hyperlab.core.tensor.FloatBackend} lets benchmarks call one float32 implementation directly.
 *
 * <p>Layers, from the bottom: {@code tensor.storage} (the matrix types: {@code Matrix}, {@code FloatMatrix},
 * {@code DoubleMatrix}, {@code Precision}) and {@code tensor.runtime} (the thread pool {@code Parallel} and the user
 * switches {@code KernelSettings}) use no other tensor package; {@code tensor.simd} (the float32 array kernels) uses
 * {@code runtime}; {@code tensor.sparse} (the sparse rows and their products) uses {@code storage}, {@code runtime}
 * and {@code simd}; this package, on top, dispatches to all of them. No kernel package uses this one.
 *
 * <h2>Dispatch table</h2>
 * Which implementation runs is decided in {@code Kernels} from the operands' storage, then the chosen
 * implementation picks its memory layout from the shape (the second part of the table, in the class named).
 * <table>
 *   <caption>Which kernel runs, and why</caption>
 *   <tr><th>operands</th><th>shape</th><th>kernel</th><th>why</th></tr>
 *   <tr><td>sparse A ({@link org.hyperlab.core.tensor.SparseFeatures#isSparse}), float32 B and C, SIMD in use</td>
 *       <td>{@code A·B}, {@code Aᵀ·B}, n ≤ one vector ({@code SparseKernels.ONE_VECTOR_COLUMNS}: 16 with AVX-512)
 *       and byte values 1..255 ({@code SparseKernels.byteValued}: MNIST's pixels)</td>
 *       <td>{@code tensor.sparse}: one vector per row of W or ∂W ({@code NarrowSparseProducts})</td>
 *       <td>MNIST's pixels are 81 % zeros: reading only the non-zeros costs about a quarter of the dense
 *       product, and the z-scoring {@code x·s + c} is folded into W instead of being materialized; softmax
 *       regression's 10 classes fit one vector, and values read as bytes halve the cache lines per row</td></tr>
 *   <tr><td>same</td><td>other n ≤ 4 vectors ({@code SparseKernels.PANEL_COLUMNS}: 64 with AVX-512)</td>
 *       <td>{@code tensor.sparse}: panels of up to 4 vectors ({@code SimdSparseProducts})</td>
 *       <td>the same arithmetic, 4 (8 for a full panel) accumulators per row</td></tr>
 *   <tr><td>same</td><td>wider (the MLP's 784→256)</td>
 *       <td>{@code tensor.sparse}: row-resident output bands ({@code SparseWideProducts})</td>
 *       <td>one vector load per multiply-add; about 1.5× less CPU than the dense products at 19 % density</td></tr>
 *   <tr><td>all float32</td><td>any</td>
 *       <td>{@code tensor.simd}: {@code FloatKernels.simd()} when {@code jdk.incubator.vector} is present and
 *       {@link org.hyperlab.core.tensor.runtime.KernelSettings#simd} allows, else {@code FloatKernels.loops()}</td>
 *       <td>the Vector API kernels are several times faster; the loops keep the library working without the
 *       incubator module</td></tr>
 *   <tr><td>all float64</td><td>any</td><td>{@code DoubleArrays}</td>
 *       <td>direct-array loops with exactly the reference's operations in the same order (bit-identical)</td></tr>
 *   <tr><td>mixed precisions, other storage</td><td>any</td><td>{@link org.hyperlab.core.tensor.ReferenceKernels}</td>
 *       <td>rare (except float64 statistics on float32 batches, which the row-vector kernels accept); correctness
 *       first</td></tr>
 *   <tr><td colspan="4">inside the SIMD float32 products ({@code SimdFloatKernels})</td></tr>
 *   <tr><td></td><td>m·k·n &lt; 512</td><td>plain loops</td><td>vector set-up costs more than the work</td></tr>
 *   <tr><td></td><td>{@code A·B}, n ≥ 16 (one vector) or k &lt; 16</td><td>{@code SimdPanel}: 4 rows × 4 vectors
 *       of C in registers, k in slices of 256</td><td>classic register blocking along C's columns</td></tr>
 *   <tr><td></td><td>{@code A·B}, n &lt; 16 (784 → 10)</td><td>{@code SimdDots} against Bᵀ (transposed once)</td>
 *       <td>vectorizing over 10 output columns would waste 6 of 16 lanes; the long dimension is k = 784</td></tr>
 *   <tr><td></td><td>{@code Aᵀ·B}, narrow B (Xᵀ·∂Z with 10 classes)</td><td>Cᵀ = Bᵀ·A by {@code SimdPanel},
 *       then transposed</td><td>SIMD along A's 784 columns instead of the 10 outputs</td></tr>
 *   <tr><td></td><td>{@code A·Bᵀ}</td><td>B transposed once, then {@code SimdPanel} (wide) or
 *       {@code SimdDots} (narrow)</td><td>the same two layouts with B's rows contiguous</td></tr>
 * </table>
 *
 * <p>Every implementation gives the same bits whatever the thread count: work is split by output rows or columns
 * only, never inside a sum, and only when each part holds at least
 * {@link org.hyperlab.core.tensor.runtime.Parallel#MIN_WORK_PER_THREAD} multiply-adds. Design, measurements and how
 * to re-make them: {@code docs/kernels.md}.
 */
package org.hyperlab.core.tensor;
