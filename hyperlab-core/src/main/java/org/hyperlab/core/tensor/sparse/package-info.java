/**
 * Sparse training features and the products that read only their non-zeros.
 *
 * <p>Entry point: {@link org.hyperlab.core.tensor.sparse.SparseKernels}, called only by
 * {@link org.hyperlab.core.tensor.Kernels} (which decides when, see its package's dispatch table); everything else
 * here is package-private. The forms: {@code SparseRows} (compressed rows, 16-bit columns, the values also as bytes
 * when they are MNIST-like intensities 1..255), {@code RowSubset} (a mini-batch as a no-copy view of some of its
 * rows) and {@code AffineColumns} (the z-scored batch {@code x·s[j] + c[j]}, never materialized). The products
 * compute
 * <pre>
 *   X'·W  = X·(diag(s)·W) + 1·(cᵀW)          X'ᵀ·G = diag(s)·(Xᵀ·G) + c ⊗ colsum(G)
 * </pre>
 * from X's non-zeros: {@code SimdSparseProducts} for outputs up to one panel of 4 vectors (with
 * {@code NarrowSparseProducts} for one vector and byte values), {@code SparseWideProducts} for wider outputs;
 * {@code SparseRowPlan} orders and pre-touches a batch's rows so their cache misses overlap, {@code SparseTerms}
 * adds the {@code cᵀW} and {@code c ⊗ colsum(G)} terms. The sparse form of a feature matrix is built once and
 * kept with its {@link org.hyperlab.core.tensor.storage.FloatMatrix}.
 */
package org.hyperlab.core.tensor.sparse;
