package org.hyperlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/** The laws of softmax, for both precisions, on arbitrary rows of logits. */
class SoftmaxPropertiesTest {

    @Property(tries = 250)
    void rowsAreDistributionsSummingToOne(@ForAll("logits") Matrix z) {
        Matrix p = new Softmax().forward(z);
        double tolerance = z.precision() == Precision.FLOAT64 ? 1e-12 : 1e-5;
        for (int r = 0; r < p.rows(); r++) {
            double sum = 0;
            for (int c = 0; c < p.cols(); c++) {
                double v = p.get(r, c);
                assertTrue(v >= 0 && v <= 1, "probability " + v);
                sum += v;
            }
            assertEquals(1.0, sum, tolerance);
        }
    }

    @Property(tries = 250)
    void addingAConstantToARowChangesNothing(@ForAll("logits") Matrix z,
                                             @ForAll @DoubleRange(min = -500, max = 500) double shift) {
        Matrix shifted = z.copy().applyInPlace(v -> v + shift);
        Matrix p = new Softmax().forward(z);
        Matrix q = new Softmax().forward(shifted);
        // in float64 the shift itself rounds the logits by up to ulp(|z| + |shift|) ≈ 1.2e-13, so ŷ moves by
        // about that much relative; float32 rounds at ≈ 6e-5 relative for shifts of 500
        double tolerance = z.precision() == Precision.FLOAT64 ? 1e-11 : 1e-3;
        for (int i = 0; i < p.size(); i++) {
            assertEquals(p.get(i), q.get(i), tolerance * Math.max(p.get(i), 1e-300) + 1e-300, "entry " + i);
        }
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE) // every value is already an extreme
    void noOverflowAtLogitsOfPlusMinusThousand(@ForAll("extremeLogits") Matrix z) {
        Matrix p = new Softmax().forward(z);
        assertTrue(p.allFinite(), p.toString());
        for (int r = 0; r < p.rows(); r++) {
            double sum = 0;
            for (int c = 0; c < p.cols(); c++) {
                sum += p.get(r, c);
            }
            assertEquals(1.0, sum, 1e-6);
        }
    }

    @Provide
    Arbitrary<Matrix> logits() {
        return matrices(Arbitraries.doubles().between(-50, 50));
    }

    @Provide
    Arbitrary<Matrix> extremeLogits() {
        return matrices(Arbitraries.of(-1000.0, 1000.0, 999.0, -999.5, 0.0));
    }

    private static Arbitrary<Matrix> matrices(Arbitrary<Double> values) {
        Arbitrary<Integer> cols = Arbitraries.integers().between(1, 8);
        return cols.flatMap(c -> Combinators.combine(
                values.list().ofSize(c).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of(Precision.values()))
                .as((rows, precision) -> toMatrix(rows, precision)));
    }

    private static Matrix toMatrix(List<List<Double>> rows, Precision precision) {
        double[][] values = new double[rows.size()][];
        for (int r = 0; r < values.length; r++) {
            values[r] = rows.get(r).stream().mapToDouble(Double::doubleValue).toArray();
        }
        return Matrix.of(precision, values);
    }
}
