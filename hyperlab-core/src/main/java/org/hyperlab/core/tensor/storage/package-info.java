/**
 * The matrix storage types every layer and kernel works on: the abstract {@link
 * org.hyperlab.core.tensor.storage.Matrix} (dense, row-major, fixed shape; element (r, c) at flat index
 * {@code r * cols + c}), its float32 and float64 storages {@link org.hyperlab.core.tensor.storage.FloatMatrix} and
 * {@link org.hyperlab.core.tensor.storage.DoubleMatrix}, and {@link org.hyperlab.core.tensor.storage.Precision}.
 *
 * <p>This package sits below the kernels: {@code core.tensor} (the {@code Kernels} façade) and the kernel
 * families {@code tensor.simd} and {@code tensor.sparse} use it, and it uses none of them (the sparse matrices of
 * {@code tensor.sparse} extend {@code Matrix}). Hot operations are not here but in
 * {@link org.hyperlab.core.tensor.Kernels}.
 */
package org.hyperlab.core.tensor.storage;
