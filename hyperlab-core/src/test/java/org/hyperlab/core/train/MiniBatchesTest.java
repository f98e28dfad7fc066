package org.hyperlab.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

class MiniBatchesTest {
    /** Row i holds features (10·i, 10·i + 1) and label i mod 3, so every batch row can be traced to its source. */
    private static Dataset traceable(int rows) {
        Matrix x = Precision.FLOAT64.zeros(rows, 2);
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            x.set(i, 0, 10 * i);
            x.set(i, 1, 10 * i + 1);
            labels[i] = i % 3;
        }
        return new Dataset(x, labels, 3);
    }

    @Test
    void lastPartialBatchIsKept() {
        MiniBatches batches = new MiniBatches(traceable(7), 3, Precision.FLOAT32);
        assertEquals(3, batches.count());
        assertEquals(3, batches.batch(0).size());
        assertEquals(3, batches.batch(1).size());
        MiniBatches.Batch last = batches.batch(2);
        assertEquals(1, last.size());
        assertEquals(60.0, last.features().get(0, 0), 0.0);        // row 6, unshuffled
        assertEquals(Precision.FLOAT32, last.features().precision());
        assertArrayEquals(new double[] {1, 0, 0}, last.targets().toFlatArray(), 0.0); // label 6 mod 3 = 0
    }

    @Test
    void batchSizeAboveTheDatasetSizeIsFullBatch() {
        MiniBatches batches = new MiniBatches(traceable(5), 1000, Precision.FLOAT64);
        assertEquals(1, batches.count());
        assertEquals(5, batches.batch(0).size());
    }

    @Test
    void shuffledEpochVisitsEveryRowOnceWithItsOwnFeaturesAndOneHotLabel() {
        for (Precision p : Precision.values()) { // float32 targets are updated in place from the previous batch's labels
            MiniBatches batches = new MiniBatches(traceable(11), 4, p);
            SplittableRandom random = new SplittableRandom(42);
            for (int epoch = 0; epoch < 3; epoch++) {
                batches.shuffle(random);
                List<Integer> seen = new ArrayList<>();
                for (int b = 0; b < batches.count(); b++) {
                    MiniBatches.Batch batch = batches.batch(b);
                    for (int r = 0; r < batch.size(); r++) {
                        int source = (int) batch.features().get(r, 0) / 10;
                        assertEquals(10 * source + 1, batch.features().get(r, 1), 0.0);
                        assertEquals(source % 3, batch.labels()[r]);
                        for (int c = 0; c < 3; c++) {
                            assertEquals(c == source % 3 ? 1.0 : 0.0, batch.targets().get(r, c), 0.0, p + " epoch " + epoch);
                        }
                        seen.add(source);
                    }
                }
                assertNotEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), seen, "seed 42 should reorder 11 rows");
                int[] sorted = seen.stream().mapToInt(Integer::intValue).sorted().toArray();
                assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, sorted);
            }
        }
    }

    @Test
    void sameSeedSameOrder() {
        MiniBatches a = new MiniBatches(traceable(20), 20, Precision.FLOAT64);
        MiniBatches b = new MiniBatches(traceable(20), 20, Precision.FLOAT64);
        a.shuffle(new SplittableRandom(7));
        b.shuffle(new SplittableRandom(7));
        assertEquals(Arrays.toString(a.batch(0).labels()), Arrays.toString(b.batch(0).labels()));
        assertArrayEquals(a.batch(0).features().toFlatArray(), b.batch(0).features().toFlatArray(), 0.0);
    }

    @Test
    void rejectsBadSizes() {
        assertThrows(IllegalArgumentException.class, () -> new MiniBatches(traceable(3), 0, Precision.FLOAT64));
        assertThrows(IndexOutOfBoundsException.class, () -> new MiniBatches(traceable(3), 2, Precision.FLOAT64).batch(2));
    }
}
