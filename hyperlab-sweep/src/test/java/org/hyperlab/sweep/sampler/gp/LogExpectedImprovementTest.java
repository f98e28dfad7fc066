package org.hyperlab.sweep.sampler.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code ln h(z) = ln(phi(z) + z Phi(z))} and {@code ln EI} against values of the direct formula computed in double
 * precision with an exact {@code erfc} (Python's {@code math.erfc}); the samplers' {@code erfc} is the Numerical
 * Recipes fit (fractional error below 1.2e-7), which bounds the tolerances. In the tail the error grows like
 * {@code z^2} because {@code h} is the small difference {@code 1 - e^u}.
 */
class LogExpectedImprovementTest {

    @Test
    void logHMatchesTheDirectFormulaOnBothBranches() {
        double[][] golden = {
                {2, 0.6973835457882284},
                {1, 0.08002621884930704},
                {0, -0.9189385332046727},
                {-0.5, -1.6205162643873197},
                {-1, -2.4851210257126413},
                {-3, -7.869686059603037},
                {-5, -16.744301162661053},
                {-10, -55.55312203612325},
        };
        for (double[] g : golden) {
            double z = g[0];
            double tol = 1e-6 * Math.max(1, z * z);
            assertEquals(g[1], LogExpectedImprovement.logH(z), tol, "z = " + z);
        }
    }

    @Test
    void theTwoBranchesMeetAtMinusOne() {
        // just above -1 the direct branch runs, at -1 the tail branch: both must give ln h(-1)
        assertEquals(LogExpectedImprovement.logH(-1), LogExpectedImprovement.logH(Math.nextUp(-1.0)), 1e-6);
        assertEquals(-2.4851210257126413, LogExpectedImprovement.logH(Math.nextUp(-1.0)), 1e-6);
    }

    @Test
    void logEiScalesByTheStandardDeviationAndShiftsByTheMean() {
        // EI with mu = 0.5, sigma = 0.3, best = 0.2: sigma h((best - mu) / sigma) = 0.3 h(-1)
        assertEquals(-3.6890938300385776, LogExpectedImprovement.of(0.5, 0.3, 0.2), 1e-6);
        assertEquals(Math.log(2) + LogExpectedImprovement.logH(0.75), LogExpectedImprovement.of(-1, 2, 0.5), 1e-12);
    }

    @Test
    void log1mexpIsLnOfOneMinusExpOnBothSidesOfMinusLnTwo() {
        for (double u : new double[] {-1e-8, -0.1, -0.5, -Math.log(2), -0.7, -3, -40}) {
            double direct = Math.log(1 - Math.exp(u));
            double tol = u > -1e-3 ? 1e-7 : 1e-14;
            assertEquals(direct, LogExpectedImprovement.log1mexp(u), tol * Math.max(1, Math.abs(direct)), "u = " + u);
        }
        // near 0 only the expm1 branch keeps the digits: ln(1 - e^-1e-20) = ln(1e-20)
        assertEquals(Math.log(1e-20), LogExpectedImprovement.log1mexp(-1e-20), 1e-12);
        // far below only the log1p branch does: ln(1 - e^-50) = -e^-50
        assertEquals(-Math.exp(-50), LogExpectedImprovement.log1mexp(-50), 1e-35);
    }
}
