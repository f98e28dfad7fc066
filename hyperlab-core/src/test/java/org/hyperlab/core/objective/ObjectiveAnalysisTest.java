package org.hyperlab.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectiveAnalysisTest {
    private static ObjectiveAnalysis analyze(String expression) {
        return PolynomialObjective.parse(expression, Rational.ONE).analyze();
    }

    @Test
    void seedQuarticAtXEqualsOne() {
        PolynomialObjective seed = PolynomialObjective.seed(Rational.ONE);
        // chain rule: J'(w) = x(xw)^3 - 4x(xw)^2 + 3x(xw); at x = 1: w^3 - 4w^2 + 3w = w(w-1)(w-3)
        assertEquals("x*(x*w)^3 - 4*x*(x*w)^2 + 3*x*(x*w)", seed.derivativeText());
        ObjectiveAnalysis a = seed.analyze();
        assertEquals(Polynomial.ofIntegers(0, 3, -4, 1), a.derivative());
        List<CriticalPoint> points = a.criticalPoints();
        assertEquals(3, points.size());
        // J''(w) = 3w^2 - 8w + 3: 3 at 0, -2 at 1, 6 at 3
        check(points.get(0), "0", "0", 3.0, CriticalPointKind.LOCAL_MINIMUM);
        check(points.get(1), "1", "5/12", -2.0, CriticalPointKind.LOCAL_MAXIMUM);
        check(points.get(2), "3", "-9/4", 6.0, CriticalPointKind.GLOBAL_MINIMUM);
        assertTrue(a.boundedBelow());
        assertEquals(2.0 / 3.0, points.get(0).stabilityLimit());
        assertEquals(1.0 / 3.0, points.get(2).stabilityLimit());
        assertEquals(3.0, a.nearestMinimum(2.2).orElseThrow().wValue());
    }

    @Test
    void theDataPointScalesTheCriticalPoints() {
        // J(w) = f(2w): critical points at w = 0, 1/2, 3/2 with the same J values
        ObjectiveAnalysis a = PolynomialObjective.seed(Rational.of(2)).analyze();
        assertEquals(List.of("0", "1/2", "3/2"), a.criticalPoints().stream().map(CriticalPoint::wText).toList());
        assertEquals(List.of("0", "5/12", "-9/4"), a.criticalPoints().stream().map(CriticalPoint::jText).toList());
    }

    private static void check(CriticalPoint p, String w, String j, double second, CriticalPointKind kind) {
        assertEquals(w, p.wText());
        assertEquals(j, p.jText());
        assertEquals(second, p.secondDerivative());
        assertEquals(kind, p.kind());
        assertEquals(2, p.order());
        assertTrue(p.isExact());
    }

    @Test
    void higherOrderTestWhenTheSecondDerivativeVanishes() {
        CriticalPoint quartic = analyze("w^4").criticalPoints().get(0);
        assertEquals(4, quartic.order());
        assertEquals(CriticalPointKind.GLOBAL_MINIMUM, quartic.kind());
        CriticalPoint cubic = analyze("w^3 - 3").criticalPoints().get(0);
        assertEquals(3, cubic.order());
        assertEquals(CriticalPointKind.SADDLE, cubic.kind());
        CriticalPoint negative = analyze("-w^6 + 1").criticalPoints().get(0);
        assertEquals(CriticalPointKind.GLOBAL_MAXIMUM, negative.kind());
        assertEquals("1", negative.jText());
    }

    @Test
    void irrationalCriticalPointsAreNumericAndTiesAreAllGlobal() {
        // J = w^4/4 - w^2: J' = w^3 - 2w = w(w^2 - 2), J(±√2) = 1 - 2 = -1, J(0) = 0
        ObjectiveAnalysis a = analyze("1/4*w^4 - w^2");
        List<CriticalPoint> p = a.criticalPoints();
        assertEquals(3, p.size());
        assertEquals(-Math.sqrt(2), p.get(0).wValue(), 1e-15);
        assertNull(p.get(0).w());
        assertEquals(-1.0, p.get(0).jValue(), 1e-14);
        assertEquals(CriticalPointKind.GLOBAL_MINIMUM, p.get(0).kind());
        assertEquals(CriticalPointKind.LOCAL_MAXIMUM, p.get(1).kind());
        assertEquals(CriticalPointKind.GLOBAL_MINIMUM, p.get(2).kind());
        assertEquals(2, a.globalMinima().size());
        assertEquals("1.41421356237", p.get(2).wText());
        // J''(√2) = 3·2 - 2 = 4
        assertEquals(4.0, p.get(2).secondDerivative(), 1e-13);
    }

    @Test
    void repeatedIrrationalRootsAreSaddles() {
        // J' = (w^2 - 2)^2 = w^4 - 4w^2 + 4 >= 0: ±√2 are double roots, J keeps rising through them
        ObjectiveAnalysis a = analyze("1/5*w^5 - 4/3*w^3 + 4*w");
        assertEquals(2, a.criticalPoints().size());
        for (CriticalPoint p : a.criticalPoints()) {
            assertEquals(CriticalPointKind.SADDLE, p.kind());
            assertEquals(3, p.order());
            assertEquals(Math.sqrt(2), Math.abs(p.wValue()), 1e-15);
        }
        assertFalse(a.boundedBelow());
    }

    @Test
    void mixedRationalAndIrrationalRootsOfHigherDegree() {
        // J' = (w - 1/2)(w + 2)^2 (w^2 - 3) (w^2 + 1): roots 1/2 (simple), -2 (double), ±√3 (simple)
        Polynomial dj = Polynomial.of(Rational.of(-1, 2), Rational.ONE)
                .multiply(Polynomial.ofIntegers(2, 1).pow(2))
                .multiply(Polynomial.ofIntegers(-3, 0, 1))
                .multiply(Polynomial.ofIntegers(1, 0, 1));
        List<RealRoots.Root> roots = RealRoots.of(dj);
        assertEquals(4, roots.size());
        assertEquals(Rational.of(-2), roots.get(0).exact());
        assertEquals(2, roots.get(0).multiplicity());
        assertEquals(-Math.sqrt(3), roots.get(1).value(), 1e-15);
        assertEquals(Rational.of(1, 2), roots.get(2).exact());
        assertEquals(Math.sqrt(3), roots.get(3).value(), 1e-15);
    }

    @Test
    void constantsWithManyDivisorsStayCheap() {
        // 963761198400 has 6720 divisors; roots: 1/2 (exact) and ±√963761198400 (irrational, ≈ ±981713.4)
        Polynomial dj = Polynomial.of(Rational.of(-1, 2), Rational.ONE)
                .multiply(Polynomial.ofIntegers(-963_761_198_400L, 0, 1))
                .multiply(Polynomial.of(Rational.of(-7, 3), Rational.ONE));
        List<RealRoots.Root> roots = RealRoots.of(dj);
        assertEquals(4, roots.size());
        assertEquals(-Math.sqrt(963_761_198_400.0), roots.get(0).value(), 1e-9);
        assertNull(roots.get(0).exact());
        assertEquals(Rational.of(1, 2), roots.get(1).exact());
        assertEquals(Rational.of(7, 3), roots.get(2).exact());
    }

    @Test
    void linearAndConstantObjectives() {
        assertTrue(analyze("2*w + 1").criticalPoints().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> analyze("x + 1"));
    }
}
