package org.hyperlab.core.nn;

import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.SparseFeatures;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * The input layer: z-scores the features, {@code x' = (x − μ) / σ}, with μ and σ fitted on the training data only
 * ({@link #fit}) and reused unchanged for validation and test data; or, when disabled, the identity. The
 * {@link ZScoring} mode says whether each feature gets its own μ and σ ({@link ZScoring#PER_FEATURE}) or all
 * share one pair computed over every training value ({@link ZScoring#GLOBAL}); either way the statistics are
 * kept as 1 x features vectors (the global pair repeated), so saving and reloading need no mode.
 *
 * <p>σ is the population standard deviation (divisor N, as scikit-learn's {@code StandardScaler}), computed in
 * float64 by two passes. <b>Constant features</b>: when {@code σ ≤ 1e-12 · max(1, |μ|)} the feature (or, in the
 * global mode, the whole training set) is treated as constant and σ is taken as 1, so it becomes {@code x − μ}
 * (0 on the training data) and never NaN or huge.
 *
 * <p>Sparse input ({@link SparseFeatures#isSparse}, as mini-batches of mostly-zero float32 data are): the z-scored batch
 * would be dense, so forward returns the lazy view {@link SparseFeatures#shiftScaleView} {@code x' = x·diag(s) + c} with
 * {@code s = 1/σ} and {@code c = −μ/σ} (rounded to float32), which the next layer's products use without
 * materializing it. Equal to the dense path within float32 rounding.
 *
 * <p>Backward: {@code ∂J/∂x = ∂J/∂x' / σ} per column (no parameters; μ and σ are not trained). Output and
 * gradient buffers are reused for the last two batch shapes ({@link BufferPair}).
 */
public final class Input implements Layer {
    /** Relative threshold under which a feature's standard deviation counts as zero. */
    public static final double CONSTANT_FEATURE_THRESHOLD = 1e-12;

    private final ZScoring mode;
    private Matrix mean;
    private Matrix std;
    private Matrix negativeMean;
    private Matrix inverseStd;
    private float[] viewScale;
    private float[] viewShift;
    private Matrix output;
    private Matrix gradInput;
    private final BufferPair outputs = new BufferPair();
    private final BufferPair gradInputs = new BufferPair();
    /** The lazy z-scored view last returned for a sparse batch (reused while the batch is the same object). */
    private Matrix view;
    private Matrix viewBase;

    private Input(ZScoring mode) {
        this.mode = mode;
    }

    /** Per-feature z-scoring, to be {@link #fit fitted} on the training features before the first forward. */
    public static Input zScoring() { return new Input(ZScoring.PER_FEATURE); }

    /** Z-scoring in the given mode ({@link ZScoring#OFF} gives {@link #identity()}), to be {@link #fit fitted}. */
    public static Input zScoring(ZScoring mode) { return new Input(mode); }

    /** No scaling: forward and backward return their argument. */
    public static Input identity() { return new Input(ZScoring.OFF); }

    /** Per-feature z-scoring with a known μ and σ (1 x features each, e.g. from a saved model); σ must be positive. */
    public static Input withStatistics(Matrix mean, Matrix std) {
        return withStatistics(ZScoring.PER_FEATURE, mean, std);
    }

    /**
     * Z-scoring in {@code mode} (not {@link ZScoring#OFF}) with a known μ and σ (1 x features each, e.g. from a
     * saved model); σ must be positive, and in the global mode each vector must repeat one value.
     */
    public static Input withStatistics(ZScoring mode, Matrix mean, Matrix std) {
        if (!mode.enabled()) {
            throw new IllegalArgumentException("Input: statistics need a z-scoring mode, got " + mode.label());
        }
        mean.requireSameShape(std, "Input statistics");
        if (mean.rows() != 1) {
            throw new IllegalArgumentException("Input: mean and std must be 1 x features, got " + mean.shape());
        }
        for (int c = 0; c < std.cols(); c++) {
            if (!(std.get(c) > 0) || !Double.isFinite(std.get(c))) {
                throw new IllegalArgumentException("Input: std of feature " + c + " must be positive and finite, got " + std.get(c));
            }
        }
        if (mode == ZScoring.GLOBAL) {
            for (int c = 1; c < std.cols(); c++) {
                if (mean.get(c) != mean.get(0) || std.get(c) != std.get(0)) {
                    throw new IllegalArgumentException("Input: global z-scoring needs one mean and one std, but feature "
                            + c + " has " + mean.get(c) + ", " + std.get(c) + " and feature 0 has " + mean.get(0) + ", "
                            + std.get(0));
                }
            }
        }
        Input input = new Input(mode);
        input.setStatistics(mean.to(Precision.FLOAT64), std.to(Precision.FLOAT64));
        return input;
    }

    /**
     * Fits μ and σ on {@code training} (rows = observations): per column, or over all values in the global mode;
     * returns this.
     */
    public Input fit(Matrix training) {
        if (!mode.enabled()) {
            return this;
        }
        if (training.rows() == 0) {
            throw new IllegalArgumentException("Input: cannot fit z-scoring on 0 training rows");
        }
        int n = training.rows(), cols = training.cols();
        Matrix mu = Precision.FLOAT64.zeros(1, cols);
        Matrix sigma = Precision.FLOAT64.zeros(1, cols);
        Kernels.sumColumns(training, mu, false);
        if (mode == ZScoring.GLOBAL) {
            double total = 0;
            for (int c = 0; c < cols; c++) {
                total += mu.get(c);
            }
            mu.fillInPlace(total / ((double) n * cols));
        } else {
            Kernels.scaleInPlace(mu, 1.0 / n);
        }
        double globalSquares = 0;
        for (int c = 0; c < cols; c++) {
            double m = mu.get(c), ss = 0;
            for (int r = 0; r < n; r++) {
                double d = training.get(r, c) - m;
                ss += d * d;
            }
            globalSquares += ss;
            sigma.set(c, standardDeviation(ss, n, m));
        }
        if (mode == ZScoring.GLOBAL) {
            sigma.fillInPlace(standardDeviation(globalSquares, (double) n * cols, mu.get(0)));
        }
        setStatistics(mu, sigma);
        return this;
    }

    /** √(squares / count), or 1 when that is negligible next to the mean (a constant feature). */
    private static double standardDeviation(double squares, double count, double mean) {
        double s = Math.sqrt(squares / count);
        return s <= CONSTANT_FEATURE_THRESHOLD * Math.max(1.0, Math.abs(mean)) ? 1.0 : s;
    }

    private void setStatistics(Matrix mu, Matrix sigma) {
        mean = mu;
        std = sigma;
        negativeMean = mu.copy();
        Kernels.scaleInPlace(negativeMean, -1.0);
        inverseStd = sigma.copy().applyInPlace(s -> 1.0 / s);
        view = null;
        viewBase = null;
        viewScale = new float[mu.cols()];
        viewShift = new float[mu.cols()];
        for (int c = 0; c < mu.cols(); c++) {
            viewScale[c] = (float) (1.0 / sigma.get(c));
            viewShift[c] = (float) (-mu.get(c) / sigma.get(c));
        }
    }

    public boolean enabled() { return mode.enabled(); }

    /** Per feature, global, or off (the identity). */
    public ZScoring mode() { return mode; }

    /** True once μ and σ are known (always true when disabled). */
    public boolean fitted() { return !mode.enabled() || mean != null; }

    /** A copy of μ (1 x features, float64); null before fitting or when disabled. */
    public Matrix mean() { return mean == null ? null : mean.copy(); }

    /** A copy of σ after the constant-feature rule (1 x features, float64); null before fitting or when disabled. */
    public Matrix std() { return std == null ? null : std.copy(); }

    @Override
    public Matrix forward(Matrix x) {
        if (!mode.enabled()) {
            return x;
        }
        requireFitted(x);
        if (view == null || viewBase != x) { // MiniBatches hands out the same sparse view batch after batch
            view = SparseFeatures.shiftScaleView(x, viewScale, viewShift);
            viewBase = view == null ? null : x;
        }
        if (view != null) {
            return view;
        }
        output = outputs.get(x, x.rows(), x.cols());
        Kernels.shiftScaleColumns(x, negativeMean, inverseStd, output);
        return output;
    }

    @Override
    public Matrix backward(Matrix gradOutput) {
        if (!mode.enabled()) {
            return gradOutput;
        }
        requireFitted(gradOutput);
        gradInput = gradInputs.get(gradOutput, gradOutput.rows(), gradOutput.cols());
        gradInput.copyFromInPlace(gradOutput);
        Kernels.multiplyRowVectorInPlace(gradInput, inverseStd);
        return gradInput;
    }

    private void requireFitted(Matrix x) {
        if (mean == null) {
            throw new IllegalStateException("Input: z-scoring is enabled but not fitted; call fit(trainingFeatures) first");
        }
        if (x.cols() != mean.cols()) {
            throw new IllegalArgumentException("Input: got " + x.cols() + " features (" + x.shape() + "), fitted on " + mean.cols());
        }
    }

    @Override
    public String describe() {
        return switch (mode) {
            case PER_FEATURE -> "Input(z-score)";
            case GLOBAL -> "Input(z-score global)";
            case OFF -> "Input(identity)";
        };
    }
}
