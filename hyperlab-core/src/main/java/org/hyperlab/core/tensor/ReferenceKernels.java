package org.hyperlab.core.tensor;

import org.hyperlab.core.tensor.storage.Matrix;

/**
 * The reference implementation of {@link Kernels}: plain loops through {@link Matrix#get(int)} and
 * {@link Matrix#set(int, double)} that accumulate in double precision. Slow, obviously right; {@link Kernels} uses
 * it for operands of mixed precision, and the tests compare every fast path against it. Shapes are checked by
 * {@link Kernels}.
 */
public final class ReferenceKernels {
    private ReferenceKernels() {
    }

    /** {@code C (+)= A · B} with A (m x k), B (k x n), C (m x n). */
    public static void matmul(Matrix a, Matrix b, Matrix c, boolean accumulate) {
        requireShape(a.cols() == b.rows() && c.rows() == a.rows() && c.cols() == b.cols(), "matmul", a, b, c);
        int m = a.rows(), k = a.cols(), n = b.cols();
        product(a, k, 1, b, n, 1, c, m, k, n, accumulate);
    }

    /** {@code C (+)= Aᵀ · B} with A (k x m), B (k x n), C (m x n). Used for ∂J/∂W = Xᵀ·∂J/∂Z. */
    public static void matmulTransA(Matrix a, Matrix b, Matrix c, boolean accumulate) {
        requireShape(a.rows() == b.rows() && c.rows() == a.cols() && c.cols() == b.cols(), "matmulTransA", a, b, c);
        int k = a.rows(), m = a.cols(), n = b.cols();
        product(a, 1, m, b, n, 1, c, m, k, n, accumulate);
    }

    /** {@code C (+)= A · Bᵀ} with A (m x k), B (n x k), C (m x n). Used for ∂J/∂X = ∂J/∂Z·Wᵀ. */
    public static void matmulTransB(Matrix a, Matrix b, Matrix c, boolean accumulate) {
        requireShape(a.cols() == b.cols() && c.rows() == a.rows() && c.cols() == b.rows(), "matmulTransB", a, b, c);
        int m = a.rows(), k = a.cols(), n = b.rows();
        product(a, k, 1, b, 1, k, c, m, k, n, accumulate);
    }

    /**
     * {@code C[i, j] (+)= Σ_p A(i, p)·B(p, j)} in double precision, where the operands' logical elements sit at
     * flat indices {@code A(i, p) = a[i·aRow + p·aInner]} and {@code B(p, j) = b[p·bInner + j·bCol]}: the strides
     * express the transposes without copying.
     */
    private static void product(Matrix a, int aRow, int aInner, Matrix b, int bInner, int bCol, Matrix c,
                                int m, int k, int n, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = accumulate ? c.get(i * n + j) : 0.0;
                for (int p = 0; p < k; p++) {
                    sum += a.get(i * aRow + p * aInner) * b.get(p * bInner + j * bCol);
                }
                c.set(i * n + j, sum);
            }
        }
    }

    /** {@code M[r, :] += v} for every row r; v is 1 x cols. */
    public static void addRowVectorInPlace(Matrix m, Matrix v) {
        if (v.rows() != 1 || v.cols() != m.cols()) {
            throw new IllegalArgumentException("addRowVector: shape mismatch " + m.shape() + " vs " + v.shape());
        }
        int cols = m.cols();
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < cols; c++) {
                m.set(r * cols + c, m.get(r * cols + c) + v.get(c));
            }
        }
    }

    /** {@code out[0, c] (+)= Σ_r M[r, c]}; out is 1 x cols. Used for ∂J/∂b. */
    public static void sumColumns(Matrix m, Matrix out, boolean accumulate) {
        if (out.rows() != 1 || out.cols() != m.cols()) {
            throw new IllegalArgumentException("sumColumns: shape mismatch " + m.shape() + " vs " + out.shape());
        }
        int cols = m.cols();
        for (int c = 0; c < cols; c++) {
            double sum = accumulate ? out.get(c) : 0.0;
            for (int r = 0; r < m.rows(); r++) {
                sum += m.get(r * cols + c);
            }
            out.set(c, sum);
        }
    }

    /**
     * Row-wise softmax, {@code out[r, j] = exp(z[r, j] − max_r) / Σ_k exp(z[r, k] − max_r)}; subtracting the row
     * maximum keeps it finite for any finite logits. {@code out} may be {@code z} itself.
     */
    public static void softmaxRows(Matrix z, Matrix out) {
        z.requireSameShape(out, "softmaxRows");
        int cols = z.cols();
        for (int r = 0; r < z.rows(); r++) {
            int base = r * cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < cols; c++) {
                max = Math.max(max, z.get(base + c));
            }
            double sum = 0.0;
            for (int c = 0; c < cols; c++) {
                sum += Math.exp(z.get(base + c) - max);
            }
            for (int c = 0; c < cols; c++) {
                out.set(base + c, Math.exp(z.get(base + c) - max) / sum);
            }
        }
    }

    /** {@code Y += alpha · X}. */
    public static void axpy(double alpha, Matrix x, Matrix y) {
        x.requireSameShape(y, "axpy");
        for (int i = 0; i < x.size(); i++) {
            y.set(i, y.get(i) + alpha * x.get(i));
        }
    }

    /** {@code M *= alpha}. */
    public static void scaleInPlace(Matrix m, double alpha) {
        for (int i = 0; i < m.size(); i++) {
            m.set(i, m.get(i) * alpha);
        }
    }

    /** {@code out = A ⊙ B}, elementwise (Hadamard) product; out may be A or B. */
    public static void multiply(Matrix a, Matrix b, Matrix out) {
        a.requireSameShape(b, "multiply");
        a.requireSameShape(out, "multiply");
        for (int i = 0; i < a.size(); i++) {
            out.set(i, a.get(i) * b.get(i));
        }
    }

    /** Copies the rows {@code indices[from .. from+count)} of {@code source} into rows 0..count of {@code out}. */
    public static void gatherRows(Matrix source, int[] indices, int from, int count, Matrix out) {
        if (out.cols() != source.cols() || out.rows() < count) {
            throw new IllegalArgumentException("gatherRows: shape mismatch " + source.shape() + " vs " + out.shape());
        }
        int cols = source.cols();
        for (int r = 0; r < count; r++) {
            int src = indices[from + r] * cols;
            for (int c = 0; c < cols; c++) {
                out.set(r * cols + c, source.get(src + c));
            }
        }
    }

    /**
     * Fused softmax + cross-entropy + gradient: returns J = (1/N) Σ_r Σ_j Y[r,j]·(logΣ_k e^{Z[r,k]} − Z[r,j]) and
     * writes ∂J/∂Z = (softmax(Z) − Y)/N into {@code grad} (which may be {@code z}).
     */
    public static double softmaxCrossEntropy(Matrix z, Matrix target, Matrix grad) {
        int rows = z.rows(), cols = z.cols();
        double total = 0.0;
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < cols; c++) {
                max = Math.max(max, z.get(base + c));
            }
            double sum = 0.0;
            for (int c = 0; c < cols; c++) {
                sum += Math.exp(z.get(base + c) - max);
            }
            double lse = max + Math.log(sum);
            for (int c = 0; c < cols; c++) {
                double y = target.get(base + c);
                double zc = z.get(base + c);
                if (y != 0.0) {
                    total += y * (lse - zc);
                }
                grad.set(base + c, (Math.exp(zc - max) / sum - y) / rows);
            }
        }
        return total / rows;
    }

    /**
     * One Adam step exactly as {@code torch.optim.Adam} (no weight decay), t = {@code step} ≥ 1:
     * m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²; θ ← θ − (lr/(1−β₁ᵗ))·m / (√v/√(1−β₂ᵗ) + ε).
     */
    public static void adamStep(Matrix param, Matrix grad, Matrix m, Matrix v,
                                double lr, double beta1, double beta2, double eps, long step) {
        adamStep(param, grad, m, v, lr, beta1, beta2, eps, step, 1.0);
    }

    /** Adam with the parameter first scaled by {@code decay} (AdamW's decoupled weight decay; 1 for Adam). */
    public static void adamStep(Matrix param, Matrix grad, Matrix m, Matrix v,
                                double lr, double beta1, double beta2, double eps, long step, double decay) {
        double bc1 = 1.0 - Math.pow(beta1, step);
        double bc2Sqrt = Math.sqrt(1.0 - Math.pow(beta2, step));
        double stepSize = lr / bc1;
        for (int i = 0; i < param.size(); i++) {
            double g = grad.get(i);
            m.set(i, m.get(i) * beta1 + (1.0 - beta1) * g);
            v.set(i, v.get(i) * beta2 + (1.0 - beta2) * g * g);
            double denom = Math.sqrt(v.get(i)) / bc2Sqrt + eps;
            param.set(i, decay * param.get(i) - stepSize * m.get(i) / denom);
        }
    }

    private static void requireShape(boolean ok, String op, Matrix a, Matrix b, Matrix c) {
        if (!ok) {
            throw new IllegalArgumentException(op + ": shape mismatch " + a.shape() + " and " + b.shape() + " into " + c.shape());
        }
    }
}
