package org.hyperlab.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hyperlab.core.loss.Loss;
import org.hyperlab.core.nn.Layer;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * Compares analytic gradients (a layer's or loss's backward) with central finite differences, in float64.
 *
 * <p>For a layer, the scalar checked is {@code f(X, θ) = Σ G ⊙ layer(X)} for a fixed upstream gradient G, so that
 * {@code ∂f/∂X} is what {@code backward(G)} returns and {@code ∂f/∂θ} is what it accumulates into each
 * {@link Parameter#grad()}. For a loss, the scalar is J itself and its gradient is {@code backward()}.
 * Every input element and every parameter element is perturbed by ±{@link #STEP}:
 * {@code numeric = (f(x + h) − f(x − h)) / 2h}.
 *
 * <p><b>Tolerance</b>: an entry passes when {@code |analytic − numeric| ≤ RTOL · max(|analytic|, |numeric|) +
 * ATOL · max(1, S)}, with S = Σ|G ⊙ layer(X)| (or |J|), the magnitude that rounding acts on. Why these values, with
 * h = 1e-6 in float64 (unit roundoff u ≈ 1.1e-16): the truncation error of the central difference is
 * h²·|f'''|/6 ≈ 1e-13 for derivatives of order one (≈ 1e-10 even where f'''/f' is 1000, as for log near 0.05);
 * the rounding error is about u·S/h ≈ 1.1e-10·S. So {@link #RTOL} = 1e-6 and {@link #ATOL} = 1e-8 leave
 * about 100x headroom over both, while any wrong sign or factor (relative error ≥ 1e-3, typically ≥ 0.3) fails.
 * Inputs must stay a few steps away from kinks (e.g. ReLU at 0), as {@link RandomMatrices#awayFromZero} does.
 *
 * <p>A check where every numeric derivative is 0 proves nothing and fails as degenerate.
 */
public final class GradientChecker {
    /** Finite-difference step h. */
    public static final double STEP = 1e-6;
    /** Relative tolerance (see the class comment). */
    public static final double RTOL = 1e-6;
    /** Absolute tolerance per unit of the scalar's magnitude (see the class comment). */
    public static final double ATOL = 1e-8;

    private GradientChecker() {
    }

    /**
     * Checks ∂f/∂input and ∂f/∂θ of {@code layer} at {@code input} for the upstream gradient {@code upstream}
     * (same shape as the layer's output). Parameter gradients are zeroed first. Throws {@link AssertionError}
     * naming {@code context} (put the seed there) and the worst entries.
     */
    public static void checkLayer(Layer layer, Matrix input, Matrix upstream, String context) {
        requireFloat64(input, context);
        requireFloat64(upstream, context);
        for (Parameter p : layer.parameters()) {
            requireFloat64(p.value(), context);
            p.zeroGrad();
        }
        Matrix x = input.copy();
        Matrix out = layer.forward(x);
        out.requireSameShape(upstream, context + ": upstream gradient");
        double scale = weightedSum(out, upstream, true);
        Matrix analyticInput = layer.backward(upstream).copy();
        List<Matrix> analyticParams = new ArrayList<>();
        for (Parameter p : layer.parameters()) {
            analyticParams.add(p.grad().copy());
        }
        Report report = new Report(context + " " + layer.describe(), scale);
        compare(report, "input", analyticInput, x, () -> weightedSum(layer.forward(x), upstream, false));
        for (int k = 0; k < analyticParams.size(); k++) {
            Parameter p = layer.parameters().get(k);
            compare(report, "parameter " + p.name(), analyticParams.get(k), p.value(),
                    () -> weightedSum(layer.forward(x), upstream, false));
        }
        report.finish();
    }

    /** Checks ∂J/∂prediction of {@code loss} at ({@code prediction}, {@code target}); see {@link #checkLayer}. */
    public static void checkLoss(Loss loss, Matrix prediction, Matrix target, String context) {
        requireFloat64(prediction, context);
        requireFloat64(target, context);
        Matrix p = prediction.copy();
        double j = loss.forward(p, target);
        Matrix analytic = loss.backward().copy();
        Report report = new Report(context + " " + loss.describe(), Math.abs(j));
        compare(report, "prediction", analytic, p, () -> loss.forward(p, target));
        report.finish();
    }

    private static void compare(Report report, String what, Matrix analytic, Matrix variable, Scalar f) {
        for (int i = 0; i < variable.size(); i++) {
            double original = variable.get(i);
            variable.set(i, original + STEP);
            double plus = f.value();
            variable.set(i, original - STEP);
            double minus = f.value();
            variable.set(i, original);
            report.add(what, i, variable.cols(), analytic.get(i), (plus - minus) / (2 * STEP));
        }
    }

    private static double weightedSum(Matrix out, Matrix weights, boolean absolute) {
        double sum = 0;
        for (int i = 0; i < out.size(); i++) {
            double term = out.get(i) * weights.get(i);
            sum += absolute ? Math.abs(term) : term;
        }
        return sum;
    }

    private static void requireFloat64(Matrix m, String context) {
        if (m.precision() != Precision.FLOAT64) {
            throw new IllegalArgumentException(context + ": the gradient checker needs float64 matrices, got " + m.precision());
        }
    }

    @FunctionalInterface
    private interface Scalar {
        double value();
    }

    /** Collects the failing entries and the largest numeric derivative seen. */
    private static final class Report {
        private final String context;
        private final double absoluteTolerance;
        private final List<String> failures = new ArrayList<>();
        private int failureCount;
        private double largestNumeric;

        Report(String context, double scale) {
            this.context = context;
            this.absoluteTolerance = ATOL * Math.max(1.0, scale);
        }

        void add(String what, int index, int cols, double analytic, double numeric) {
            largestNumeric = Math.max(largestNumeric, Math.abs(numeric));
            double error = Math.abs(analytic - numeric);
            double allowed = RTOL * Math.max(Math.abs(analytic), Math.abs(numeric)) + absoluteTolerance;
            if (!(error <= allowed)) {
                failureCount++;
                if (failures.size() < 5) {
                    failures.add(String.format(Locale.ROOT, "%s[%d,%d]: analytic %.12g, numeric %.12g, error %.3g > %.3g",
                            what, index / cols, index % cols, analytic, numeric, error, allowed));
                }
            }
        }

        void finish() {
            if (failureCount > 0) {
                throw new AssertionError(context + ": " + failureCount + " gradient entries disagree with central "
                        + "differences (h=" + STEP + ", rtol=" + RTOL + ", atol=" + absoluteTolerance + "):\n  "
                        + String.join("\n  ", failures));
            }
            if (largestNumeric == 0.0) {
                throw new AssertionError(context + ": every numeric derivative is 0; the check is degenerate");
            }
        }
    }
}
