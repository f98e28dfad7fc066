package org.hyperlab.sweep.sampler.cmaes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Jacobi eigen-decomposition: A v = lambda v with orthonormal v, on matrices whose eigenpairs are known. */
class SymmetricEigenTest {

    private static void assertEigenpairs(double[][] a, SymmetricEigen e, double tol) {
        int n = a.length;
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                double av = 0;
                for (int j = 0; j < n; j++) {
                    av += a[i][j] * e.vectors[j][k];
                }
                assertEquals(e.values[k] * e.vectors[i][k], av, tol, "(A v)_" + i + " of pair " + k);
            }
            for (int l = 0; l < n; l++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += e.vectors[i][k] * e.vectors[i][l];
                }
                assertEquals(k == l ? 1 : 0, dot, tol, "v_" + k + " . v_" + l);
            }
        }
    }

    @Test
    void aDiagonalMatrixIsItsOwnDecomposition() {
        double[][] a = {{3, 0, 0}, {0, 1, 0}, {0, 0, 2}};
        SymmetricEigen e = new SymmetricEigen(a);
        assertArrayEquals(new double[] {3, 1, 2}, e.values, 0);
        for (int i = 0; i < 3; i++) {
            double[] unit = new double[3];
            unit[i] = 1;
            assertArrayEquals(unit, e.vectors[i], 0);
        }
    }

    @Test
    void equalDiagonalEntriesRotateByFortyFiveDegrees() {
        // [[2, 1], [1, 2]]: eigenvalues 1 and 3 with eigenvectors (1, -1)/sqrt2 and (1, 1)/sqrt2
        double[][] a = {{2, 1}, {1, 2}};
        SymmetricEigen e = new SymmetricEigen(a);
        double[] sorted = e.values.clone();
        Arrays.sort(sorted);
        assertArrayEquals(new double[] {1, 3}, sorted, 1e-15);
        assertEigenpairs(a, e, 1e-15);
        assertEquals(1 / Math.sqrt(2), Math.abs(e.vectors[0][0]), 1e-15);
    }

    @Test
    void aTwoByTwoMatrixMatchesTheClosedForm() {
        // eigenvalues (a + d)/2 +- sqrt(((a - d)/2)^2 + b^2)
        double[][] a = {{4, -1.5}, {-1.5, 0.5}};
        SymmetricEigen e = new SymmetricEigen(a);
        double mid = 2.25;
        double rad = Math.sqrt(1.75 * 1.75 + 2.25);
        double[] sorted = e.values.clone();
        Arrays.sort(sorted);
        assertArrayEquals(new double[] {mid - rad, mid + rad}, sorted, 1e-14);
        assertEigenpairs(a, e, 1e-14);
    }

    @Test
    void blockMatricesAndRandomCovariancesDecompose() {
        double[][] block = {{2, 0.5, 0, 0}, {0.5, 1, 0, 0}, {0, 0, 3, -1}, {0, 0, -1, 3}};
        assertEigenpairs(block, new SymmetricEigen(block), 1e-13);
        SplittableRandom rng = new SplittableRandom(9);
        int n = 6;
        double[][] g = new double[n][n];
        for (double[] row : g) {
            for (int j = 0; j < n; j++) {
                row[j] = rng.nextDouble() - 0.5;
            }
        }
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    c[i][j] += g[i][k] * g[j][k];
                }
            }
        }
        SymmetricEigen e = new SymmetricEigen(c);
        assertEigenpairs(c, e, 1e-12);
        double trace = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            trace += c[i][i];
            sum += e.values[i];
        }
        assertEquals(trace, sum, 1e-12);
        // the input is left as it was
        assertEquals(g[0][0] * g[0][0] + g[0][1] * g[0][1] + g[0][2] * g[0][2] + g[0][3] * g[0][3]
                + g[0][4] * g[0][4] + g[0][5] * g[0][5], c[0][0], 1e-15);
    }
}
