package org.hyperlab.core.tensor;

import org.hyperlab.core.tensor.runtime.KernelSettings;
import org.hyperlab.core.tensor.runtime.Parallel;
import org.hyperlab.core.tensor.simd.FloatArrays;
import org.hyperlab.core.tensor.simd.FloatKernels;
import org.hyperlab.core.tensor.sparse.SparseKernels;
import org.hyperlab.core.tensor.storage.DoubleMatrix;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * The hot numerical operations, in one place so they are made fast once without touching the layers.
 *
 * <p>Every kernel writes into a caller-supplied output (no allocation in the training path). With
 * {@code accumulate = true} the result is added to the output's current contents ({@code C += ...}),
 * otherwise it replaces them. Outputs of products must not share storage with their inputs.
 *
 * <p>Dispatch: when every operand is a {@link FloatMatrix} the float32 fast path runs on the backing arrays
 * (SIMD through {@code jdk.incubator.vector} when that module is present, register-blocked products, both
 * cores for large products); it agrees with {@link ReferenceKernels} within float32 rounding (products
 * accumulate in float32 with fused multiply-adds). When every operand is a {@link DoubleMatrix} a direct-array
 * path gives exactly the reference's results. Mixed precisions use {@link ReferenceKernels}. The same inputs
 * give the same bits whatever the thread count ({@link Parallel}).
 */
public final class Kernels {
    /** The float32 implementation: SIMD when the Vector API module is present and not turned off, else loops. */
    private static final FloatKernels FLOAT = KernelSettings.simd()
            && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() ? FloatKernels.simd() : FloatKernels.loops();

    private Kernels() {
    }

    /**
     * Makes sure the one-off background warm-up of the SIMD kernels ({@code KernelWarmup}) has started. It is
     * started only by this call, so float64 work and short
     * commands such as {@code descend} never pay for it: call it before loading training data so the JIT compiles
     * the kernels on the other core meanwhile. It changes no result. {@link KernelSettings#warmUpRounds} sets its length.
     */
    public static void warmUp() {
        KernelWarmup.startFor(FLOAT);
    }

    /**
     * For a process whose first training run warms its own kernels (a sweep's first trial): later {@link #warmUp}
     * calls start nothing. The warm-up rounds every kernel in every layout the training shapes take, most of which a
     * small trial never uses, on the second core that the JIT compiler needs for the kernels the trial does use; a
     * sweep's first MNIST trial finished with about 40 % less CPU in the process without it (5.7 s against 9.4 s,
     * main thread 3.1 s against 3.3 s). It changes no result.
     */
    public static void declineWarmUp() {
        KernelWarmup.decline();
    }

    /** Waits for the background warm-up to finish (e.g. before timing the machine's ceilings). */
    public static void awaitWarmUp() {
        KernelWarmup.await();
    }

    /** The float32 implementation in use, e.g. {@code simd-512} or {@code loops}. */
    public static String floatBackend() { return FLOAT.describe(); }

    /** The number of threads kernels may use; see {@link Parallel#setThreads(int)}. */
    public static int threads() { return Parallel.threads(); }

    /** Sets the number of threads kernels may use (≥ 1). Results do not depend on it. */
    public static void setThreads(int count) { Parallel.setThreads(count); }

    /**
     * True when products with a sparse left operand ({@link SparseFeatures#isSparse}) have fast paths: the SIMD backend is in
     * use. Otherwise no sparse form is made ({@link SparseFeatures#sparseForm} gives null).
     */
    public static boolean sparseProductsAvailable() { return FLOAT.vectorized(); }

    /** The float32 implementation in use (for {@link FloatBackend#inUse} and the warm-up). */
    static FloatKernels floatKernels() { return FLOAT; }

    /**
     * The sparse product for {@code a·b → c} (or {@code aᵀ·b → c}), or null when the dense paths apply: a sparse
     * {@code a} with float32 {@code b} and {@code c} on the SIMD backend, by the width n of {@code b} (the first rows
     * of the dispatch table in {@code package-info}).
     */
    private static SparseKernels.Product sparseProduct(Matrix a, Matrix b, Matrix c) {
        if (a instanceof FloatMatrix || !(b instanceof FloatMatrix) || !(c instanceof FloatMatrix)
                || !sparseProductsAvailable() || !SparseKernels.isSparse(a)) {
            return null;
        }
        int n = b.cols();
        if (n <= SparseKernels.ONE_VECTOR_COLUMNS && SparseKernels.byteValued(a)) {
            return SparseKernels.Product.ONE_VECTOR;
        }
        return n <= SparseKernels.PANEL_COLUMNS ? SparseKernels.Product.PANEL : SparseKernels.Product.WIDE;
    }

    private static boolean floats(Matrix a, Matrix b, Matrix c) {
        return a instanceof FloatMatrix && b instanceof FloatMatrix && c instanceof FloatMatrix;
    }

    private static boolean doubles(Matrix a, Matrix b, Matrix c) {
        return a instanceof DoubleMatrix && b instanceof DoubleMatrix && c instanceof DoubleMatrix;
    }

    private static float[] f(Matrix m) { return ((FloatMatrix) m).data(); }

    private static double[] d(Matrix m) { return ((DoubleMatrix) m).data(); }

    /**
     * {@code C (+)= A · B} with A (m x k), B (k x n), C (m x n). A sparse A (see {@link #sparseProductsAvailable})
     * with float32 B and C reads only A's non-zeros (which sparse kernel for which n: the dispatch table in
     * {@code package-info}).
     */
    public static void matmul(Matrix a, Matrix b, Matrix c, boolean accumulate) {
        requireShape(a.cols() == b.rows() && c.rows() == a.rows() && c.cols() == b.cols(), "matmul", a, b, c);
        requireDistinct(a, b, c, "matmul");
        SparseKernels.Product sparse = sparseProduct(a, b, c);
        if (sparse != null) {
            sparse.matmul(a, f(b), f(c), b.cols(), accumulate);
        } else if (floats(a, b, c)) {
            FLOAT.matmul(f(a), f(b), f(c), a.rows(), a.cols(), b.cols(), accumulate);
        } else if (doubles(a, b, c)) {
            DoubleArrays.matmul(d(a), d(b), d(c), a.rows(), a.cols(), b.cols(), accumulate);
        } else {
            ReferenceKernels.matmul(a, b, c, accumulate);
        }
    }

    /**
     * {@code C (+)= Aᵀ · B} with A (k x m), B (k x n), C (m x n). Used for ∂J/∂W = Xᵀ·∂J/∂Z. A sparse A (see
     * {@link #sparseProductsAvailable}) with float32 B and C reads only A's non-zeros (which sparse kernel for which
     * n: the dispatch table in {@code package-info}).
     */
    public static void matmulTransA(Matrix a, Matrix b, Matrix c, boolean accumulate) {
        requireShape(a.rows() == b.rows() && c.rows() == a.cols() && c.cols() == b.cols(), "matmulTransA", a, b, c);
        requireDistinct(a, b, c, "matmulTransA");
        SparseKernels.Product sparse = sparseProduct(a, b, c);
        if (sparse != null) {
            sparse.matmulTransA(a, f(b), f(c), b.cols(), accumulate);
        } else if (floats(a, b, c)) {
            FLOAT.matmulTransA(f(a), f(b), f(c), a.cols(), a.rows(), b.cols(), accumulate);
        } else if (doubles(a, b, c)) {
            DoubleArrays.matmulTransA(d(a), d(b), d(c), a.cols(), a.rows(), b.cols(), accumulate);
        } else {
            ReferenceKernels.matmulTransA(a, b, c, accumulate);
        }
    }

    /** {@code C (+)= A · Bᵀ} with A (m x k), B (n x k), C (m x n). Used for ∂J/∂X = ∂J/∂Z·Wᵀ. */
    public static void matmulTransB(Matrix a, Matrix b, Matrix c, boolean accumulate) {
        requireShape(a.cols() == b.cols() && c.rows() == a.rows() && c.cols() == b.rows(), "matmulTransB", a, b, c);
        requireDistinct(a, b, c, "matmulTransB");
        if (floats(a, b, c)) {
            FLOAT.matmulTransB(f(a), f(b), f(c), a.rows(), a.cols(), b.rows(), accumulate);
        } else if (doubles(a, b, c)) {
            DoubleArrays.matmulTransB(d(a), d(b), d(c), a.rows(), a.cols(), b.rows(), accumulate);
        } else {
            ReferenceKernels.matmulTransB(a, b, c, accumulate);
        }
    }

    /** {@code M[r, :] += v} for every row r; v is 1 x cols. */
    public static void addRowVectorInPlace(Matrix m, Matrix v) {
        if (v.rows() != 1 || v.cols() != m.cols()) {
            throw new IllegalArgumentException("addRowVector: shape mismatch " + m.shape() + " vs " + v.shape());
        }
        if (m instanceof FloatMatrix || m instanceof DoubleMatrix) {
            RowVectors.add(FLOAT, m, v);
        } else {
            ReferenceKernels.addRowVectorInPlace(m, v);
        }
    }

    /** {@code out[0, c] (+)= Σ_r M[r, c]}; out is 1 x cols. Used for ∂J/∂b. */
    public static void sumColumns(Matrix m, Matrix out, boolean accumulate) {
        if (out.rows() != 1 || out.cols() != m.cols()) {
            throw new IllegalArgumentException("sumColumns: shape mismatch " + m.shape() + " vs " + out.shape());
        }
        if (m instanceof FloatMatrix fm && out instanceof FloatMatrix fo) {
            FloatArrays.sumColumns(FLOAT, fm.data(), m.rows(), m.cols(), fo.data(), accumulate);
        } else if (m instanceof DoubleMatrix dm && out instanceof DoubleMatrix dout) {
            DoubleArrays.sumColumns(dm.data(), m.rows(), m.cols(), dout.data(), accumulate);
        } else if (m instanceof FloatMatrix fm && out instanceof DoubleMatrix dout) {
            RowVectors.sumColumns(FLOAT, fm.data(), m.rows(), m.cols(), dout.data(), accumulate);
        } else {
            ReferenceKernels.sumColumns(m, out, accumulate);
        }
    }

    /**
     * Row-wise softmax, {@code out[r, j] = exp(z[r, j] − max_r) / Σ_k exp(z[r, k] − max_r)}; subtracting the row
     * maximum keeps it finite for any finite logits. {@code out} may be {@code z} itself.
     */
    public static void softmaxRows(Matrix z, Matrix out) {
        z.requireSameShape(out, "softmaxRows");
        if (z instanceof FloatMatrix fz && out instanceof FloatMatrix fo) {
            FloatArrays.softmaxRows(FLOAT, fz.data(), fo.data(), z.rows(), z.cols());
        } else if (z instanceof DoubleMatrix dz && out instanceof DoubleMatrix dout) {
            DoubleArrays.softmaxRows(dz.data(), dout.data(), z.rows(), z.cols());
        } else {
            ReferenceKernels.softmaxRows(z, out);
        }
    }

    /**
     * Fused, numerically stable softmax + cross-entropy + gradient from logits. Returns the batch mean
     * {@code J = (1/N) Σ_r Σ_j Y[r,j]·(log Σ_k e^{Z[r,k]} − Z[r,j])} (for one-hot rows: −log softmax(Z)[r, label])
     * and writes {@code ∂J/∂Z = (softmax(Z) − Y)/N} into {@code grad}, which may be {@code z} itself.
     */
    public static double softmaxCrossEntropy(Matrix z, Matrix target, Matrix grad) {
        z.requireSameShape(target, "softmaxCrossEntropy");
        z.requireSameShape(grad, "softmaxCrossEntropy");
        if (target == grad && target != z) {
            throw new IllegalArgumentException("softmaxCrossEntropy: grad must not be the target matrix");
        }
        if (floats(z, target, grad)) {
            return FloatArrays.softmaxCrossEntropy(FLOAT, f(z), f(target), f(grad), z.rows(), z.cols());
        }
        return ReferenceKernels.softmaxCrossEntropy(z, target, grad);
    }

    /**
     * One in-place Adam step exactly as {@code torch.optim.Adam} without weight decay, t = {@code step} ≥ 1:
     * {@code m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²; θ ← θ − (lr/(1−β₁ᵗ))·m / (√v/√(1−β₂ᵗ) + ε)}.
     * All four matrices share one shape; float32 operands are updated in float32 (SIMD), float64 ones exactly as
     * {@link ReferenceKernels#adamStep}.
     */
    public static void adamStep(Matrix param, Matrix grad, Matrix m, Matrix v,
                                double lr, double beta1, double beta2, double eps, long step) {
        adamStep(param, grad, m, v, lr, beta1, beta2, eps, step, 1.0);
    }

    /**
     * {@link #adamStep(Matrix, Matrix, Matrix, Matrix, double, double, double, double, long)} with the parameter
     * first scaled by {@code decay} ({@code θ ← decay·θ − …}; {@code decay = 1 − lr·λ} gives AdamW's decoupled
     * weight decay, 1 gives Adam).
     */
    public static void adamStep(Matrix param, Matrix grad, Matrix m, Matrix v,
                                double lr, double beta1, double beta2, double eps, long step, double decay) {
        param.requireSameShape(grad, "adamStep");
        param.requireSameShape(m, "adamStep");
        param.requireSameShape(v, "adamStep");
        if (step < 1) {
            throw new IllegalArgumentException("adamStep: step must be >= 1, got " + step);
        }
        double stepSize = lr / (1.0 - Math.pow(beta1, step));
        double bc2Sqrt = Math.sqrt(1.0 - Math.pow(beta2, step));
        if (floats(param, grad, m) && v instanceof FloatMatrix) {
            FLOAT.adam(f(param), f(grad), f(m), f(v), param.size(), (float) beta1, (float) (1.0 - beta1), (float) beta2, (float) (1.0 - beta2),
                    (float) -stepSize, (float) bc2Sqrt, (float) eps, (float) decay);
        } else if (doubles(param, grad, m) && v instanceof DoubleMatrix) {
            DoubleArrays.adamStep(d(param), d(grad), d(m), d(v), param.size(), beta1, beta2, stepSize, bc2Sqrt, eps, decay);
        } else {
            ReferenceKernels.adamStep(param, grad, m, v, lr, beta1, beta2, eps, step, decay);
        }
    }

    /**
     * {@code out[r, c] = (x[r, c] + shift[c]) · scale[c]} (z-scoring with shift = −μ, scale = 1/σ) in one pass;
     * the same two roundings as {@link #addRowVectorInPlace} followed by {@link #multiplyRowVectorInPlace}.
     * shift and scale are 1 x cols of either precision; out may be x.
     */
    public static void shiftScaleColumns(Matrix x, Matrix shift, Matrix scale, Matrix out) {
        x.requireSameShape(out, "shiftScaleColumns");
        if (shift.rows() != 1 || shift.cols() != x.cols() || scale.rows() != 1 || scale.cols() != x.cols()) {
            throw new IllegalArgumentException("shiftScaleColumns: shape mismatch " + x.shape() + " vs " + shift.shape()
                    + " and " + scale.shape());
        }
        if (x instanceof FloatMatrix fx && out instanceof FloatMatrix fo) {
            RowVectors.shiftScale(FLOAT, fx.data(), x.rows(), x.cols(), shift, scale, fo.data());
        } else {
            out.copyFromInPlace(x);
            addRowVectorInPlace(out, shift);
            multiplyRowVectorInPlace(out, scale);
        }
    }

    /** {@code out = max(0, z)} elementwise (NaN stays NaN); out may be z. */
    public static void relu(Matrix z, Matrix out) {
        z.requireSameShape(out, "relu");
        if (z instanceof FloatMatrix fz && out instanceof FloatMatrix fo) {
            FLOAT.relu(fz.data(), fo.data(), z.size());
        } else {
            map(z, out, x -> x > 0 ? x : (x == x ? 0.0 : x));
        }
    }

    /** {@code out = g where z > 0, else 0} (ReLU's chain rule; 0 at the kink, as PyTorch); out may be g. */
    public static void reluBackward(Matrix z, Matrix g, Matrix out) {
        z.requireSameShape(g, "reluBackward");
        z.requireSameShape(out, "reluBackward");
        if (floats(z, g, out)) {
            FLOAT.reluBackward(f(z), f(g), f(out), z.size());
        } else {
            zip(z, g, out, (x, y) -> x > 0 ? y : 0.0);
        }
    }

    /** {@code M[r, c] *= v[c]} for every row r; v is 1 x cols (per-column scaling, e.g. z-scoring). */
    public static void multiplyRowVectorInPlace(Matrix m, Matrix v) {
        if (v.rows() != 1 || v.cols() != m.cols()) {
            throw new IllegalArgumentException("multiplyRowVector: shape mismatch " + m.shape() + " vs " + v.shape());
        }
        if (m instanceof FloatMatrix || m instanceof DoubleMatrix) {
            RowVectors.multiply(m, v);
            return;
        }
        int cols = m.cols();
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < cols; c++) {
                m.set(r * cols + c, m.get(r * cols + c) * v.get(c));
            }
        }
    }

    /** {@code out[i] = f(a[i])}, elementwise (activations); out may be a. */
    public static void map(Matrix a, Matrix out, java.util.function.DoubleUnaryOperator f) {
        a.requireSameShape(out, "map");
        if (a instanceof FloatMatrix fa && out instanceof FloatMatrix fo) {
            float[] x = fa.data(), y = fo.data();
            for (int i = 0; i < x.length; i++) {
                y[i] = (float) f.applyAsDouble(x[i]);
            }
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            out.set(i, f.applyAsDouble(a.get(i)));
        }
    }

    /** {@code out[i] = f(a[i], b[i])}, elementwise (activation and loss derivatives); out may be a or b. */
    public static void zip(Matrix a, Matrix b, Matrix out, java.util.function.DoubleBinaryOperator f) {
        a.requireSameShape(b, "zip");
        a.requireSameShape(out, "zip");
        if (floats(a, b, out)) {
            float[] x = f(a), y = f(b), z = f(out);
            for (int i = 0; i < x.length; i++) {
                z[i] = (float) f.applyAsDouble(x[i], y[i]);
            }
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            out.set(i, f.applyAsDouble(a.get(i), b.get(i)));
        }
    }

    /** {@code Y += alpha · X}. */
    public static void axpy(double alpha, Matrix x, Matrix y) {
        x.requireSameShape(y, "axpy");
        if (x instanceof FloatMatrix fx && y instanceof FloatMatrix fy) {
            FloatArrays.axpy(alpha, fx.data(), fy.data(), x.size());
        } else if (x instanceof DoubleMatrix dx && y instanceof DoubleMatrix dy) {
            DoubleArrays.axpy(alpha, dx.data(), dy.data(), x.size());
        } else {
            ReferenceKernels.axpy(alpha, x, y);
        }
    }

    /** {@code M *= alpha}. */
    public static void scaleInPlace(Matrix m, double alpha) {
        if (m instanceof FloatMatrix fm) {
            FloatArrays.scale(fm.data(), m.size(), alpha);
        } else if (m instanceof DoubleMatrix dm) {
            DoubleArrays.scale(dm.data(), m.size(), alpha);
        } else {
            ReferenceKernels.scaleInPlace(m, alpha);
        }
    }

    /** {@code out = A ⊙ B}, elementwise (Hadamard) product; out may be A or B. */
    public static void multiply(Matrix a, Matrix b, Matrix out) {
        a.requireSameShape(b, "multiply");
        a.requireSameShape(out, "multiply");
        if (floats(a, b, out)) {
            FloatArrays.multiply(f(a), f(b), f(out), a.size());
        } else if (doubles(a, b, out)) {
            DoubleArrays.multiply(d(a), d(b), d(out), a.size());
        } else {
            ReferenceKernels.multiply(a, b, out);
        }
    }

    /** Copies the rows {@code indices[from .. from+count)} of {@code source} into rows 0..count of {@code out}. */
    public static void gatherRows(Matrix source, int[] indices, int from, int count, Matrix out) {
        if (out.cols() != source.cols() || out.rows() < count) {
            throw new IllegalArgumentException("gatherRows: shape mismatch " + source.shape() + " vs " + out.shape());
        }
        if (out instanceof FloatMatrix fo && SparseKernels.gatherRows(source, indices, from, count, fo.data())) {
            return;
        } else if (source instanceof FloatMatrix fs && out instanceof FloatMatrix fo) {
            FloatArrays.gatherRows(fs.data(), source.cols(), indices, from, count, fo.data());
        } else if (source instanceof DoubleMatrix ds && out instanceof DoubleMatrix dout) {
            DoubleArrays.gatherRows(ds.data(), source.cols(), indices, from, count, dout.data());
        } else {
            ReferenceKernels.gatherRows(source, indices, from, count, out);
        }
    }

    /**
     * The first column of row {@code r} of a float32 matrix holding the largest value, where −0 equals +0 and NaN is
     * below every number (a row of NaNs gives 0): {@link org.hyperlab.core.metrics.Accuracy}'s argmax.
     */
    public static int argmaxRow(FloatMatrix m, int r) {
        return FloatArrays.argmax(m.data(), r * m.cols(), m.cols());
    }

    /**
     * The number of rows r of a float32 matrix whose {@link #argmaxRow} equals {@code labels[r]} (one vector per row
     * for narrow rows such as 10 classes, with the same result).
     */
    public static int countArgmaxHits(FloatMatrix m, int[] labels) {
        if (labels.length != m.rows()) {
            throw new IllegalArgumentException("countArgmaxHits: " + labels.length + " labels for " + m.rows() + " rows");
        }
        return FloatArrays.countArgmaxHits(FLOAT, m.data(), m.rows(), m.cols(), labels);
    }

    private static void requireShape(boolean ok, String op, Matrix a, Matrix b, Matrix c) {
        if (!ok) {
            throw new IllegalArgumentException(op + ": shape mismatch " + a.shape() + " and " + b.shape() + " into " + c.shape());
        }
    }

    private static void requireDistinct(Matrix a, Matrix b, Matrix c, String op) {
        if (c == a || c == b) {
            throw new IllegalArgumentException(op + ": the output must not be one of the inputs");
        }
    }
}
