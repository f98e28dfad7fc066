package org.hyperlab.core.tensor.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link SimdPanel} against its contract, bit for bit: each output element is the chain of single-rounding
 * {@link Math#fma} in p order, on every register-block path (6, 4, 2 and 1 leftover rows; 4-vector, 1-vector and
 * scalar column tails), with A read row-major and transposed, with and without accumulation, and across the
 * {@link SimdPanel#KC} slices of p.
 */
class SimdPanelTest {
    private final SplittableRandom rng = new SplittableRandom(7);

    private float[] random(int size) {
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            x[i] = (float) rng.nextDouble(-1, 1);
        }
        return x;
    }

    @Test
    void everyBlockPathIsTheFmaChainInPOrder() {
        int l = SimdPanel.L;
        for (int m = 1; m <= 13; m++) {
            for (int n : new int[] {1, 3, l, 4 * l, 4 * l + l + 3, 8 * l + 2}) {
                for (int k : new int[] {1, 5, SimdPanel.KC + 44}) {
                    for (boolean transposed : new boolean[] {false, true}) {
                        for (boolean acc : new boolean[] {false, true}) {
                            check(m, k, n, transposed, acc);
                        }
                    }
                }
            }
        }
    }

    private void check(int m, int k, int n, boolean transposed, boolean acc) {
        float[] a = random(m * k), b = random(k * n), c = random(m * n), expected = c.clone();
        int as = transposed ? 1 : k, ap = transposed ? m : 1;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float sum = acc ? expected[i * n + j] : 0f;
                for (int p = 0; p < k; p++) {
                    sum = Math.fma(a[i * as + p * ap], b[p * n + j], sum);
                }
                expected[i * n + j] = sum;
            }
        }
        SimdPanel.run(a, as, ap, b, n, c, n, 0, m, 0, n, k, acc);
        for (int e = 0; e < m * n; e++) {
            assertEquals(Float.floatToIntBits(expected[e]), Float.floatToIntBits(c[e]),
                    "m=" + m + " k=" + k + " n=" + n + " transposed=" + transposed + " acc=" + acc + " element " + e);
        }
    }
}
