package org.hyperlab.core.theory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hyperlab.core.objective.CriticalPoint;
import org.hyperlab.core.objective.Rational;
import org.junit.jupiter.api.Test;

/** The assignment's theory example; expected values derived by hand from closed forms (Math.exp only). */
class TheoryCalculatorTest {
    private static final double E6 = Math.exp(6);
    private static final double D0 = 1 + 2 * E6;                                   // row [0, 6, 6]
    private static final double D1 = Math.exp(-37) + Math.exp(-18) + 1;            // row [−23, −4, 14] / e¹⁴
    // per test, not static: a value computed once per JVM would hide a changed calculator from later tests
    private final TheoryResult exact = TheoryCalculator.compute(TheoryInput.assignment());
    private final TheoryResult eps = TheoryCalculator.compute(TheoryInput.assignment().withEpsilon(1e-6));

    @Test
    void oneHotOfY() {
        assertArrayEquals(new int[][] {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}, {1, 0, 0, 0}},
                exact.oneHot());
    }

    @Test
    void logitsExactAndFromTheLayer() {
        // [1,2,−1]·W + b = [−1+4−4, 1+4+1, 1+0+3] + [1,0,2] = [0, 6, 6]; [0,−4,−4]·W + b = [−24, −4, 12] + b = [−23, −4, 14]
        Rational[][] z = exact.z();
        assertEquals(List.of("0", "6", "6", "-23", "-4", "14"),
                List.of(z[0][0], z[0][1], z[0][2], z[1][0], z[1][1], z[1][2]).stream().map(Rational::toString).toList());
        assertArrayEquals(new double[] {-23, -4, 14}, exact.zValue()[1]);
    }

    @Test
    void softmaxExactForms() {
        String[][] y = exact.yHat().exactText();
        assertArrayEquals(new String[] {"1/(1+2e⁶)", "e⁶/(1+2e⁶)", "e⁶/(1+2e⁶)"}, y[0]);
        assertArrayEquals(new String[] {"1/(1+e¹⁹+e³⁷)", "e¹⁹/(1+e¹⁹+e³⁷)", "e³⁷/(1+e¹⁹+e³⁷)"}, y[1]);
        assertEquals(1 / D0, exact.yHat().value()[0][0], 1e-17);
        assertEquals(Math.exp(-18) / D1, exact.yHat().value()[1][1], 1e-22);
    }

    @Test
    void gradientsByHand() {
        // per observation: ∂ℓ/∂ŷ_target = −1/ŷ: −(1+2e⁶) and −(e⁻¹⁹+1+e¹⁸)
        assertEquals("−(1+2e⁶)", exact.dJdYHat().exactText()[0][0]);
        assertEquals("−(e⁻¹⁹+1+e¹⁸)", exact.dJdYHat().exactText()[1][1]);
        assertEquals("0", exact.dJdYHat().exactText()[0][1]);
        assertEquals(-D0, exact.dJdYHat().value()[0][0], 1e-12 * D0);
        assertEquals(-Math.exp(18) * D1, exact.dJdYHat().value()[1][1], 1e-12 * Math.exp(18));
        // ∂ℓ/∂z = ŷ − y: row 0 = [1/D0 − 1, e⁶/D0, e⁶/D0]
        assertEquals("−2e⁶/(1+2e⁶)", exact.dJdZ().exactText()[0][0]);
        assertEquals(1 / D0 - 1, exact.dJdZ().value()[0][0], 1e-15);
        // ∂J/∂W[0][0] = ½(x₀₀·(ŷ₀₀ − 1) + x₁₀·ŷ₁₀) = ½(1/D0 − 1) since x₁₀ = 0
        assertEquals("−e⁶/(1+2e⁶)", exact.dJdW().exactText()[0][0]);
        assertEquals((1 / D0 - 1) / 2, exact.dJdW().value()[0][0], 1e-15);
        // ∂J/∂W[1][1] = ½(2·e⁶/D0 + (−4)·(e⁻¹⁸/D1 − 1))
        assertEquals((2 * E6 / D0 - 4 * (Math.exp(-18) / D1 - 1)) / 2, exact.dJdW().value()[1][1], 1e-14);
        // ∂J/∂b[2] = ½(e⁶/D0 + 1/D1)
        assertEquals((E6 / D0 + 1 / D1) / 2, exact.dJdb().value()[0][2], 1e-15);
        assertTrue(exact.fusedDifference() < 1e-15);
        assertNull(exact.dJdW().withEpsilon());
    }

    @Test
    void jacobianIsDiagMinusOuterProduct() {
        double a = 1 / D0;
        double c = E6 / D0;
        assertEquals("2e⁶/(1+2e⁶)²", exact.softmaxJacobian().get(0).exactText()[0][0]);
        assertEquals("−e¹²/(1+2e⁶)²", exact.softmaxJacobian().get(0).exactText()[1][2]);
        assertEquals(a - a * a, exact.softmaxJacobian().get(0).value()[0][0], 1e-17);
        assertEquals(-c * c, exact.softmaxJacobian().get(0).value()[1][2], 1e-15);
    }

    @Test
    void exactFormsAgreeWithTheLayersEverywhere() {
        List<Quantity> all = new java.util.ArrayList<>(List.of(exact.yHat(), exact.dJdYHat(), exact.dJdZ(), exact.dJdW(), exact.dJdb()));
        all.addAll(exact.softmaxJacobian());
        for (Quantity q : all) {
            for (int r = 0; r < q.exact().length; r++) {
                for (int c = 0; c < q.exact()[r].length; c++) {
                    double v = q.value()[r][c];
                    assertEquals(v, q.exact()[r][c].value(), 1e-12 * Math.max(1e-3, Math.abs(v)), q.exact()[r][c].toString());
                }
            }
        }
    }

    @Test
    void epsilonValuesAndTheNote() {
        double y00 = 1 / D0;
        double y11 = Math.exp(-18) / D1;
        assertEquals(-1 / (y00 + 1e-6), eps.dJdYHat().withEpsilon()[0][0], 1e-10);
        assertEquals(-1 / (y11 + 1e-6), eps.dJdYHat().withEpsilon()[1][1], 1e-6);
        // ∂ℓ/∂z with ε = ŷ/(ŷ+ε)·(ŷ − y): row 1, class 1
        assertEquals(y11 / (y11 + 1e-6) * (y11 - 1), eps.dJdZ().withEpsilon()[1][1], 1e-12);
        String note = eps.epsilonNote();
        assertTrue(note.contains("observation 1 (target probability ŷ = 0.001238)"), note);
        assertTrue(note.contains("in the 4th significant digit"), note);        // ε/(ŷ+ε) = 8.07e-4
        assertTrue(note.contains("observation 2 (target probability ŷ = 1.523e-8)"), note);
        assertTrue(note.contains("changes entirely"), note);
        assertTrue(exact.epsilonNote().contains("pass --epsilon 1e-6"), exact.epsilonNote());
    }

    @Test
    void objectivePart() {
        assertEquals("x*(x*w)^3 - 4*x*(x*w)^2 + 3*x*(x*w)", exact.objective().derivativeText());
        assertEquals(List.of("0:0:local minimum", "1:5/12:local maximum", "3:-9/4:global minimum"),
                exact.analysis().criticalPoints().stream().map(p -> p.wText() + ":" + p.jText() + ":" + p.kind().label()).toList());
    }

    @Test
    void badShapesNameTheInput() {
        TheoryInput a = TheoryInput.assignment();
        assertEquals("w: expected 3 rows (one per column of x), got 2", assertThrows(IllegalArgumentException.class,
                () -> new TheoryInput(a.y(), a.x(), new Rational[][] {a.w()[0], a.w()[1]}, a.b(), a.targets(), null,
                        a.objective(), a.objectiveX())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TheoryInput(a.y(), a.x(), a.w(), a.b(), new int[] {0, 3},
                null, a.objective(), a.objectiveX()));
        assertThrows(IllegalArgumentException.class, () -> new TheoryInput(a.y(), a.x(), a.w(), a.b(), a.targets(), -1.0,
                a.objective(), a.objectiveX()));
    }

    @Test
    void reportsInTextAndMarkdown() {
        String text = TheoryReport.text(eps);
        assertTrue(text.contains("e⁶/(1+2e⁶)") && text.contains("with ε") && text.contains("global minimum"), text);
        String md = TheoryReport.markdown(exact);
        assertTrue(md.contains("## 1. One-hot encoding of Y = [0, 1, 1, 2, 3, 0]"), md);
        assertTrue(md.contains("| 3 | -9/4 | 6 | global minimum |"), md);
        CriticalPoint max = exact.analysis().criticalPoints().get(1);
        assertEquals("5/12", max.jText());
    }
}
