package org.hyperlab.core.tensor;

import org.hyperlab.core.tensor.simd.FloatArrays;
import org.hyperlab.core.tensor.simd.FloatKernels;

/**
 * One float32 kernel implementation, called directly on raw row-major arrays: for benchmarks that compare the
 * implementations on the same shapes ({@code hyperlab-bench}'s {@code KernelBench}). Everything else goes through
 * {@link Kernels}, which picks the implementation (the dispatch table in {@code package-info}). Shapes are not
 * checked here: {@code a}, {@code b} and {@code c} must hold the stated sizes. With {@code accumulate} a product
 * is added to {@code c}, otherwise it replaces it.
 */
public final class FloatBackend {
    private final FloatKernels kernels;

    private FloatBackend(FloatKernels kernels) {
        this.kernels = kernels;
    }

    /** Plain loops, which the JIT may auto-vectorize (what {@link Kernels} uses without the Vector API). */
    public static FloatBackend loops() { return new FloatBackend(FloatKernels.loops()); }

    /** The Vector API kernels; needs the {@code jdk.incubator.vector} module. */
    public static FloatBackend simd() { return new FloatBackend(FloatKernels.simd()); }

    /** The implementation {@link Kernels} uses in this JVM. */
    public static FloatBackend inUse() { return new FloatBackend(Kernels.floatKernels()); }

    /** A short name, e.g. {@code simd-512} or {@code loops}. */
    public String name() { return kernels.describe(); }

    /** {@code C (+)= A·B}, A m×k, B k×n, C m×n. */
    public void matmul(float[] a, float[] b, float[] c, int m, int k, int n, boolean accumulate) {
        kernels.matmul(a, b, c, m, k, n, accumulate);
    }

    /** {@code C (+)= Aᵀ·B}, A k×m, B k×n, C m×n. */
    public void matmulTransA(float[] a, float[] b, float[] c, int m, int k, int n, boolean accumulate) {
        kernels.matmulTransA(a, b, c, m, k, n, accumulate);
    }

    /** {@code C (+)= A·Bᵀ}, A m×k, B n×k, C m×n. */
    public void matmulTransB(float[] a, float[] b, float[] c, int m, int k, int n, boolean accumulate) {
        kernels.matmulTransB(a, b, c, m, k, n, accumulate);
    }

    /**
     * One Adam step over {@code [0, n)} as {@link Kernels#adamStep} computes it in float32, with its bias corrections
     * precomputed: {@code negStepSize = −lr/(1−β₁ᵗ)}, {@code bc2Sqrt = √(1−β₂ᵗ)}, {@code a1 = 1−β₁}, {@code a2 = 1−β₂}.
     */
    public void adam(float[] param, float[] grad, float[] m, float[] v, int n, float beta1, float a1, float beta2,
                     float a2, float negStepSize, float bc2Sqrt, float eps, float decay) {
        kernels.adam(param, grad, m, v, n, beta1, a1, beta2, a2, negStepSize, bc2Sqrt, eps, decay);
    }

    /** {@link Kernels#softmaxCrossEntropy} on a rows×cols z, target y and gradient (which may be z). */
    public double softmaxCrossEntropy(float[] z, float[] y, float[] grad, int rows, int cols) {
        return FloatArrays.softmaxCrossEntropy(kernels, z, y, grad, rows, cols);
    }
}
