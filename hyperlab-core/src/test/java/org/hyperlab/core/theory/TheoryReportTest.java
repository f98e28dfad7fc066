package org.hyperlab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The report of {@link TwoClassExample} (every number worked out there by hand) shows each quantity in its section:
 * Ŷ = [½, ½], ∂ℓ/∂Ŷ = [−2, 0] (with ε = ½: −1/(½+½) = −1), the Jacobian diag(Ŷ) − ŶŶᵀ = [[¼, −¼], [−¼, ¼]],
 * ∂ℓ/∂Z = [−½, ½] (with ε halved), ∂J/∂W = [−1, 1], ∂J/∂b = [−½, ½], J = ln 2 = 0.693147 (with ε: −ln 1 = 0).
 */
class TheoryReportTest {
    private final String text = TheoryReport.text(TheoryCalculator.compute(TwoClassExample.input(0.5)));

    private void shows(String block) {
        assertTrue(text.contains(block), () -> "missing:\n" + block + "\nin:\n" + text);
    }

    @Test
    void inputsAndForwardPass() {
        shows("1. One-hot encoding of Y = [1]\n" + "=".repeat(30) + "\n\n");
        shows("one-hot rows (one column per class 0..1):\n  [ 0   1 ]\n\n");
        shows("2. Input → FullyConnected → Softmax\n");
        shows("X (1 observations):\n  [ 2 ]\n\n");
        shows("W (in × out):\n  [ 0   0 ]\n\n");
        shows("b:\n  [ 0   0 ]\n\n");
        shows("Z = X·W + b:\n  [ 0   0 ]\n\n");
        shows("Ŷ = softmax(Z), row by row");
        shows("Ŷ decimals:\n  [ 0.5   0.5 ]\n\n");
    }

    @Test
    void gradientsExactDecimalAndWithEpsilon() {
        shows("3. Gradients with targets [0] (2 classes, N = 1)\n");
        shows(" J = 0.693147 (with ε: 0).\n\n");
        shows("∂J/∂Ŷ = −Y/Ŷ, exact:\n");
        shows("∂J/∂Ŷ = −Y/Ŷ, decimals:\n  [ -2   0 ]\n\n∂J/∂Ŷ = −Y/Ŷ, with ε (−Y/(Ŷ+ε)):\n  [ -1   0 ]\n\n");
        shows("softmax Jacobian of observation 1, ∂ŷᵢ/∂zⱼ = ŷᵢ(δᵢⱼ − ŷⱼ), exact:\n");
        shows("softmax Jacobian of observation 1, decimals:\n  [ 0.25    -0.25 ]\n  [ -0.25   0.25  ]\n\n");
        shows("∂J/∂Z = Jacobianᵀ·∂J/∂Ŷ = Ŷ − Y, decimals:\n  [ -0.5   0.5 ]\n\n"
                + "∂J/∂Z = Jacobianᵀ·∂J/∂Ŷ = Ŷ − Y, with ε:\n  [ -0.25   0.25 ]\n\n");
        shows("Cross-check: the fused softmax-cross-entropy gradient (Ŷ − Y)/N agrees with the Jacobian path to ");
        shows("∂J/∂W = (1/N)·Xᵀ·∂J/∂Z, decimals:\n  [ -1   1 ]\n\n∂J/∂W = (1/N)·Xᵀ·∂J/∂Z, with ε:\n  [ -0.5   0.5 ]\n\n");
        shows("∂J/∂b = (1/N)·Σₙ ∂J/∂Zₙ, decimals:\n  [ -0.5   0.5 ]\n\n");
        shows("Update rules (gradient descent with learning rate η):\n\n  W ← W − η·∂J/∂W, entrywise");
        shows("\n  b ← b − η·∂J/∂b, entrywise");
        shows("\n\nThe worked answer we started from used ε = 1e-6");
    }

    @Test
    void withoutEpsilonThereAreNoEpsilonRows() {
        String exact = TheoryReport.text(TheoryCalculator.compute(TwoClassExample.input(null)));
        assertTrue(exact.contains(" J = 0.693147.\n\n"), exact);
        assertTrue(!exact.contains("with ε:") && !exact.contains("with ε (−Y/(Ŷ+ε))"), exact);
    }

    @Test
    void theObjectiveIsBoundedBelow() {
        // ¼w⁴ − ⁴⁄₃w³ + ³⁄₂w² at x = 1: even degree, leading coefficient ¼ > 0
        shows("4. J(w) = ");
        shows("J is bounded below (even degree, positive leading coefficient), so its smallest local minimum is the"
                + " global minimum.");
    }

    @Test
    void markdownNamesTheClassColumns() {
        String md = TheoryReport.markdown(TheoryCalculator.compute(TwoClassExample.input(null)));
        assertTrue(md.contains("## 1. One-hot encoding of Y = [1]\n\none-hot rows (one column per class 0..1):\n\n"
                + "| row | class 0 | class 1 |\n|---|---|---|\n| 1 | 0 | 1 |\n\n"), md);
    }

    @Test
    void sixSignificantDigits() {
        assertEquals("0", TheoryReport.g(0.0));
        assertEquals("0.5", TheoryReport.g(0.5));
        assertEquals("-2.5", TheoryReport.g(-2.5));
        assertEquals("100", TheoryReport.g(100));
        assertEquals("123457", TheoryReport.g(123456.7));
        assertEquals("1.23457e6", TheoryReport.g(1234567));
        assertEquals("1e-8", TheoryReport.g(1e-8));
        assertEquals("-3.5e-5", TheoryReport.g(-3.5e-5));
    }
}
