package org.hyperlab.sweep.sampler.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Matérn-5/2 kernel against Rasmussen and Williams' eq. 4.17 written out directly. */
class GpKernelTest {

    /** {@code (1 + sqrt5 r + 5 r^2/3) exp(-sqrt5 r)} for a plain distance r. */
    private static double matern52(double r) {
        return (1 + Math.sqrt(5) * r + 5 * r * r / 3) * Math.exp(-Math.sqrt(5) * r);
    }

    @Test
    void shapeIsTheMaternFiveHalvesFormula() {
        assertEquals(1, Matern52Kernel.shape(0), 0);
        for (double r : new double[] {1e-3, 0.1, 0.5, 1, 2.5, 7}) {
            assertEquals(matern52(r), Matern52Kernel.shape(r * r), 1e-15, "r = " + r);
        }
        // a hand value: r = 1 gives (1 + sqrt5 + 5/3) e^-sqrt5 = 0.523994...
        assertEquals(0.5239941088318203, Matern52Kernel.shape(1), 1e-15);
    }

    @Test
    void gradientFactorIsTheDerivativeInTheLogLengthScale() {
        // d shape(r^2(l)) / d ln l with r^2 = delta^2 / l^2 equals gradientFactor(r^2) * delta^2 / l^2
        double delta = 0.7;
        for (double l : new double[] {0.2, 0.9, 3}) {
            double h = 1e-6;
            double up = Matern52Kernel.shape(Math.pow(delta / (l * Math.exp(h)), 2));
            double down = Matern52Kernel.shape(Math.pow(delta / (l * Math.exp(-h)), 2));
            double fd = (up - down) / (2 * h);
            double r2 = delta * delta / (l * l);
            assertEquals(fd, Matern52Kernel.gradientFactor(r2) * r2, 1e-8, "l = " + l);
        }
        assertEquals(5.0 / 3, Matern52Kernel.gradientFactor(0), 0);
    }

    @Test
    void distanceScalesNumericDifferencesAndCountsCategoricalMismatchesAsOne() {
        Matern52Kernel k = new Matern52Kernel(new boolean[] {false, true, false});
        assertEquals(3, k.dimensions());
        assertEquals(-0.25, k.delta(0, 0.5, 0.75), 0);
        assertEquals(0, k.delta(1, 2, 2), 0);
        assertEquals(1, k.delta(1, 0, 2), 0);
        double[] inv2 = {1 / 0.04, 1 / 0.25, 4};
        // (0.3/0.2)^2 + (1/0.5)^2 + (0.1*2)^2 = 2.25 + 4 + 0.04
        assertEquals(6.29, k.r2(new double[] {0.1, 0, 0.9}, new double[] {0.4, 1, 0.8}, inv2), 1e-12);
        assertEquals(2.29, k.r2(new double[] {0.1, 1, 0.9}, new double[] {0.4, 1, 0.8}, inv2), 1e-12);
    }

    @Test
    void theKernelKeepsItsOwnCopyOfTheCategoricalFlags() {
        boolean[] flags = {true};
        Matern52Kernel k = new Matern52Kernel(flags);
        flags[0] = false;
        assertEquals(1, k.delta(0, 0.2, 0.7), 0);
    }
}
