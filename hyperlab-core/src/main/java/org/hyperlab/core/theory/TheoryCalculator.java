package org.hyperlab.core.theory;

import java.util.ArrayList;
import java.util.List;
import org.hyperlab.core.loss.CrossEntropy;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.metrics.OneHot;
import org.hyperlab.core.nn.FullyConnected;
import org.hyperlab.core.nn.Softmax;
import org.hyperlab.core.objective.PolynomialObjective;
import org.hyperlab.core.objective.Rational;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * Computes the theory section (see {@link TheoryResult} for the convention) twice: exactly, and in float64 with
 * the core layers ({@code FullyConnected}, {@code Softmax} with its per-row Jacobian, {@code CrossEntropy} with ε,
 * the fused {@code SoftmaxCrossEntropy} as a cross-check).
 *
 * <p>Exact form of the softmax: for each row the exponents are taken relative to the row's smallest logit m,
 * aⱼ = zⱼ − m &ge; 0, so ŷⱼ = e^{aⱼ}/Σₖ e^{aₖ} and every denominator starts with 1: row [0, 6, 6] gives
 * e⁶/(1+2e⁶), row [−23, −4, 14] gives e³⁷/(1+e¹⁹+e³⁷). The same denominators carry through the Jacobian
 * ((1+2e⁶)²), ∂J/∂Z and the weight gradients (one fraction per observation).
 */
public final class TheoryCalculator {
    private static final Precision F64 = Precision.FLOAT64;

    private TheoryCalculator() {
    }

    public static TheoryResult compute(TheoryInput in) {
        int n = in.observations();
        int classes = in.classes();
        Rational[][] z = logits(in);
        Rational invN = Rational.of(1, n);
        ExpForm[][] yHat = new ExpForm[n][classes];
        ExpForm[][] dYHat = new ExpForm[n][classes];
        ExpForm[][] dZ = new ExpForm[n][classes];
        List<ExpForm[][]> jacobians = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            Rational m = z[r][0];
            for (Rational v : z[r]) {
                m = v.compareTo(m) < 0 ? v : m;
            }
            Rational[] a = new Rational[classes];
            ExpSum s = ExpSum.ZERO;
            for (int j = 0; j < classes; j++) {
                a[j] = z[r][j].subtract(m);
                s = s.add(ExpSum.term(Rational.ONE, a[j]));
            }
            ExpForm[][] jac = new ExpForm[classes][classes];
            for (int j = 0; j < classes; j++) {
                ExpSum e = ExpSum.term(Rational.ONE, a[j]);
                Rational y = in.targets()[r] == j ? Rational.ONE : Rational.ZERO;
                yHat[r][j] = ExpForm.of(e, s, 1);
                dYHat[r][j] = y.signum() == 0 ? ExpForm.ZERO : ExpForm.of(s.scale(y.negate()), e, 1);
                dZ[r][j] = ExpForm.of(e.subtract(s.scale(y)), s, 1);
                for (int k = 0; k < classes; k++) {
                    ExpSum num = j == k ? e.multiply(s.subtract(e)) : e.multiply(ExpSum.term(Rational.ONE, a[k])).negate();
                    jac[j][k] = ExpForm.of(num, s, 2);
                }
            }
            jacobians.add(jac);
        }
        int d = in.x()[0].length;
        ExpForm[][] dW = new ExpForm[d][classes];
        ExpForm[][] db = new ExpForm[1][classes];
        for (int j = 0; j < classes; j++) {
            db[0][j] = ExpForm.ZERO;
            for (int i = 0; i < d; i++) {
                dW[i][j] = ExpForm.ZERO;
            }
            for (int r = 0; r < n; r++) {
                db[0][j] = db[0][j].add(dZ[r][j].scale(invN));
                for (int i = 0; i < d; i++) {
                    dW[i][j] = dW[i][j].add(dZ[r][j].scale(in.x()[r][i].multiply(invN)));
                }
            }
        }
        Decimals exact = decimals(in, 0.0);
        double compared = in.epsilon() != null ? in.epsilon() : TheoryInput.WORKED_ANSWER_EPSILON;
        Decimals shifted = decimals(in, compared);
        Decimals eps = in.epsilon() != null ? shifted : null;
        List<Quantity> jq = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            jq.add(new Quantity(jacobians.get(r), exact.jacobians.get(r), null));
        }
        PolynomialObjective objective = PolynomialObjective.parse(in.objective(), in.objectiveX());
        return new TheoryResult(in, oneHot(in.y()), z, exact.z, new Quantity(yHat, exact.yHat, null),
                new Quantity(dYHat, exact.dYHat, eps == null ? null : eps.dYHat), jq,
                new Quantity(dZ, exact.dZ, eps == null ? null : eps.dZ),
                new Quantity(dW, exact.dW, eps == null ? null : eps.dW),
                new Quantity(db, exact.db, eps == null ? null : eps.db),
                exact.loss, eps == null ? null : eps.loss, exact.fusedDifference, updateRules(),
                EpsilonNote.of(in, exact, shifted, compared), compared, objective, objective.analyze());
    }

    /** One-hot rows of Y by the core's {@code OneHot}, classes 0..max(Y). */
    static int[][] oneHot(int[] y) {
        int classes = 0;
        for (int label : y) {
            classes = Math.max(classes, label + 1);
        }
        double[][] rows = OneHot.encode(y, classes, F64).toArray();
        int[][] out = new int[rows.length][classes];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < classes; c++) {
                out[r][c] = (int) rows[r][c];
            }
        }
        return out;
    }

    /** Z = X·W + b, exact. */
    static Rational[][] logits(TheoryInput in) {
        int n = in.observations();
        int classes = in.classes();
        Rational[][] z = new Rational[n][classes];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < classes; j++) {
                Rational sum = in.b()[j];
                for (int i = 0; i < in.w().length; i++) {
                    sum = sum.add(in.x()[r][i].multiply(in.w()[i][j]));
                }
                z[r][j] = sum;
            }
        }
        return z;
    }

    /** The float64 answers of the core layers, per observation (the batch-mean gradients multiplied by N). */
    record Decimals(double[][] z, double[][] yHat, double[][] dYHat, List<double[][]> jacobians, double[][] dZ,
            double[][] dW, double[][] db, double loss, double fusedDifference) {
    }

    static Decimals decimals(TheoryInput in, double epsilon) {
        int n = in.observations();
        Matrix x = Matrix.of(F64, toDouble(in.x()));
        FullyConnected fc = FullyConnected.of(Matrix.of(F64, toDouble(in.w())), Matrix.of(F64, new double[][] {toDouble(in.b())}));
        Softmax softmax = new Softmax();
        CrossEntropy crossEntropy = new CrossEntropy(epsilon);
        Matrix targets = OneHot.encode(in.targets(), in.classes(), F64);
        Matrix z = fc.forward(x).copy();
        Matrix yHat = softmax.forward(z).copy();
        double loss = crossEntropy.forward(yHat, targets);
        Matrix dYHat = crossEntropy.backward().copy();
        Matrix dZ = softmax.backward(dYHat).copy();
        fc.backward(dZ);
        List<double[][]> jacobians = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            jacobians.add(softmax.jacobian(r).toArray());
        }
        SoftmaxCrossEntropy fused = new SoftmaxCrossEntropy();
        fused.forward(z, targets);
        Matrix fusedDz = fused.backward();
        double diff = 0;
        for (int i = 0; i < dZ.size(); i++) {
            diff = Math.max(diff, Math.abs(fusedDz.get(i) - dZ.get(i)));
        }
        return new Decimals(z.toArray(), yHat.toArray(), times(dYHat, n), jacobians, times(dZ, n),
                fc.weight().grad().toArray(), fc.bias().grad().toArray(), loss, diff);
    }

    private static double[][] times(Matrix m, double factor) {
        double[][] a = m.toArray();
        for (double[] row : a) {
            for (int c = 0; c < row.length; c++) {
                row[c] *= factor;
            }
        }
        return a;
    }

    private static double[][] toDouble(Rational[][] m) {
        double[][] out = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            out[r] = toDouble(m[r]);
        }
        return out;
    }

    private static double[] toDouble(Rational[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i].doubleValue();
        }
        return out;
    }

    private static List<String> updateRules() {
        return List.of(
                "W ← W − η·∂J/∂W, entrywise wᵢⱼ ← wᵢⱼ − η·(1/N)·Σₙ xₙᵢ·(ŷₙⱼ − yₙⱼ)",
                "b ← b − η·∂J/∂b, entrywise bⱼ ← bⱼ − η·(1/N)·Σₙ (ŷₙⱼ − yₙⱼ)");
    }
}
