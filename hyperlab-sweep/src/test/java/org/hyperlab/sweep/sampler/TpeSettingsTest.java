package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * TPE's settings and Optuna's {@code default_weights(n)}: ones for n ≤ 25, else {@code linspace(1/n, 1, n − 25)}
 * for the oldest n − 25 followed by 25 ones.
 */
class TpeSettingsTest {
    private static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        return w;
    }

    @Test
    void theSmallestSettingsAreAccepted() {
        assertDoesNotThrow(() -> new TpeSampler(0, 1));
        String message = "need nStartupTrials >= 0 and nEiCandidates >= 1";
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> new TpeSampler(-1, 24)).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> new TpeSampler(10, 0)).getMessage());
    }

    @Test
    void upToTwentyFiveObservationsWeighOne() {
        assertArrayEquals(ones(25), TpeSampler.defaultWeights(25));
        assertArrayEquals(ones(3), TpeSampler.defaultWeights(3));
    }

    @Test
    void olderObservationsRampUpLinearly() {
        double[] w26 = TpeSampler.defaultWeights(26);                  // linspace(1/26, 1, 1) = [1/26]
        assertEquals(1.0 / 26, w26[0], 1e-15);
        assertArrayEquals(ones(25), Arrays.copyOfRange(w26, 1, 26));
        double[] w29 = TpeSampler.defaultWeights(29);                  // linspace(1/29, 1, 4): steps of (28/29)/3
        double step = (1 - 1.0 / 29) / 3;
        assertArrayEquals(new double[] {1.0 / 29, 1.0 / 29 + step, 1.0 / 29 + 2 * step, 1.0},
                Arrays.copyOfRange(w29, 0, 4), 1e-15);
        assertArrayEquals(ones(25), Arrays.copyOfRange(w29, 4, 29));
    }
}
