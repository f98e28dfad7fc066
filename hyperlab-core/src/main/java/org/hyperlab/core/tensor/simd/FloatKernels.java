package org.hyperlab.core.tensor.simd;


/**
 * The float32 products and exponential on raw row-major arrays, in two interchangeable implementations:
 * {@link SimdFloatKernels} (Vector API, used when the {@code jdk.incubator.vector} module is present) and
 * {@link LoopFloatKernels} (plain loops the JIT may auto-vectorize). Shapes are checked by {@link org.hyperlab.core.tensor.Kernels}.
 * With {@code accumulate} the result is added to {@code c}, otherwise it replaces it.
 */
public interface FloatKernels {
    /** {@code C (+)= A·B}, A m×k, B k×n, C m×n. */
    void matmul(float[] a, float[] b, float[] c, int m, int k, int n, boolean accumulate);

    /** {@code C (+)= Aᵀ·B}, A k×m, B k×n, C m×n. */
    void matmulTransA(float[] a, float[] b, float[] c, int m, int k, int n, boolean accumulate);

    /** {@code C (+)= A·Bᵀ}, A m×k, B n×k, C m×n. */
    void matmulTransB(float[] a, float[] b, float[] c, int m, int k, int n, boolean accumulate);

    /** {@code x[i] = exp(x[i])} for i in {@code [from, to)}, within float32 rounding. */
    void expInPlace(float[] x, int from, int to);

    /**
     * One Adam update over {@code [0, n)} in float32: m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g·g;
     * θ ← decay·θ + (−stepSize)·m / (√v / bc2Sqrt + ε), with {@code negStepSize = −lr/(1−β₁ᵗ)} and
     * {@code bc2Sqrt = √(1−β₂ᵗ)}. The complements {@code a1 = 1−β₁} and {@code a2 = 1−β₂} are passed in, computed
     * in double precision as PyTorch does: {@code 1f − 0.999f} is 1.3e-5 away from 0.001 in relative terms.
     */
    void adam(float[] param, float[] grad, float[] m, float[] v, int n, float beta1, float a1, float beta2, float a2,
              float negStepSize, float bc2Sqrt, float eps, float decay);

    /** {@code out[r,c] = (x[r,c] + shift[c]) · scale[c]} for a rows×cols x; out may be x. */
    void shiftScale(float[] x, float[] out, int rows, int cols, float[] shift, float[] scale);

    /** {@code out[i] = z[i] > 0 ? z[i] : (z[i] is NaN ? NaN : +0)} for i in {@code [0, n)}; out may be z. */
    void relu(float[] z, float[] out, int n);

    /** {@code out[i] = z[i] > 0 ? g[i] : +0} for i in {@code [0, n)}; out may be z or g. */
    void reluBackward(float[] z, float[] g, float[] out, int n);

    /**
     * {@code sums[c] += m[r,c]} for r = 0, 1, … in that order, in float64, for a rows×cols float32 m (column sums
     * for ∂J/∂b and the z-scoring fit); every column's additions happen in row order, whatever the lane layout.
     */
    void addColumnSums(float[] m, int rows, int cols, double[] sums);

    /** {@code x[r,c] += w[c]} for a rows×cols x (bias rows), one float32 addition per element. */
    void addRow(float[] x, int rows, int cols, float[] w);

    /**
     * Whether {@link #crossEntropyRows} and {@link #countArgmaxHits} take rows of {@code cols} columns (one vector per
     * row); otherwise the callers use the generic loops.
     */
    default boolean rowKernels(int cols) {
        return false;
    }

    /**
     * Rows {@code [lo, hi)} of softmax-cross-entropy (see {@link FloatArrays#softmaxCrossEntropy}): the row's loss
     * {@code Σ_c y·(log Σ_k e^{z_k − max} − (z_c − max))} into {@code terms[r]} (float64) and {@code (softmax − y)·invN}
     * into {@code grad} (which may be {@code z}). Only where {@link #rowKernels} says so.
     */
    default void crossEntropyRows(float[] z, float[] y, float[] grad, double[] terms, int cols, float invN, int lo, int hi) {
        throw new UnsupportedOperationException("no row kernels in " + describe());
    }

    /**
     * The number of rows r whose first maximal column equals {@code labels[r]} (−0 equal to +0, NaN below every
     * number). Only where {@link #rowKernels} says so.
     */
    default int countArgmaxHits(float[] z, int rows, int cols, int[] labels) {
        throw new UnsupportedOperationException("no row kernels in " + describe());
    }

    /** A short name for benchmarks, e.g. {@code simd-512}. */
    String describe();

    /** True for the Vector API implementation (the one the sparse products build on). */
    default boolean vectorized() {
        return false;
    }

    /** The Vector API implementation; needs the {@code jdk.incubator.vector} module. */
    static FloatKernels simd() {
        return new SimdFloatKernels();
    }

    /** Plain loops, which the JIT may auto-vectorize: for JVMs without the Vector API. */
    static FloatKernels loops() {
        return new LoopFloatKernels();
    }
}
