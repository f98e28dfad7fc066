package org.hyperlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

class DatasetSplitTest {
    /** Row i holds the single feature i and the label i % 10, so every row can be traced after a split. */
    static Dataset numbered(int n) {
        float[] x = new float[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i % 10;
        }
        return new Dataset(new FloatMatrix(n, 1, x), y, 10);
    }

    @Test
    void sliceGathersRowsAndLabelsInTheGivenOrder() {
        Dataset d = numbered(10);
        Dataset s = d.slice(new int[] {7, 2, 7});
        assertArrayEquals(new double[] {7, 2, 7}, s.features().toFlatArray());
        assertArrayEquals(new int[] {7, 2, 7}, s.labels());
        assertEquals(Precision.FLOAT32, s.features().precision());
        assertArrayEquals(new double[] {3, 4}, d.slice(3, 5).features().toFlatArray());
        assertThrows(IndexOutOfBoundsException.class, () -> d.slice(new int[] {10}));
        assertThrows(IndexOutOfBoundsException.class, () -> d.slice(4, 11));
    }

    @Test
    void sliceCopies() {
        Dataset d = numbered(3);
        Matrix x = d.slice(new int[] {0}).features();
        x.set(0, 99);
        assertEquals(0.0, d.features().get(0));
    }

    @Test
    void splitIsDisjointCoversTheRequestedSizesAndKeepsFileOrder() {
        Dataset d = numbered(1000);
        DatasetSplit s = DatasetSplit.of(d, 200, 42);
        assertEquals(800, s.train().size());
        assertEquals(200, s.validation().size());
        Set<Double> seen = new HashSet<>();
        for (Dataset part : new Dataset[] {s.train(), s.validation()}) {
            double[] v = part.features().toFlatArray();
            for (int i = 0; i < v.length; i++) {
                assertTrue(seen.add(v[i]), "row " + v[i] + " appears twice");
                assertEquals(((int) v[i]) % 10, part.labels()[i]);
                if (i > 0) {
                    assertTrue(v[i] > v[i - 1]);
                }
            }
        }
        assertEquals(1000, seen.size());
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        int[][] a = DatasetSplit.indices(1000, 100, 900, 1);
        int[][] b = DatasetSplit.indices(1000, 100, 900, 1);
        int[][] c = DatasetSplit.indices(1000, 100, 900, 2);
        assertArrayEquals(a[1], b[1]);
        assertFalse(Arrays.equals(a[1], c[1]));
    }

    @Test
    void validationIsNotSimplyTheTail() {
        int[] validation = DatasetSplit.indices(1000, 100, 900, 7)[1];
        assertTrue(validation[0] < 900, Arrays.toString(validation));
    }

    @Test
    void trainSizeTakesASubsetOfTheRest() {
        DatasetSplit s = DatasetSplit.of(numbered(100), 10, 25, 3);
        assertEquals(25, s.train().size());
        assertEquals(10, s.validation().size());
        Set<Double> validation = new HashSet<>();
        for (double v : s.validation().features().toFlatArray()) {
            validation.add(v);
        }
        for (double v : s.train().features().toFlatArray()) {
            assertFalse(validation.contains(v));
        }
    }

    /** Image i (1x2 pixels) holds the bytes i and 255 - i; label i % 10. */
    static LabeledImages byteImages(int n) {
        byte[] px = new byte[2 * n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            px[2 * i] = (byte) i;
            px[2 * i + 1] = (byte) (255 - i);
            y[i] = i % 10;
        }
        return new LabeledImages(new ImageSet(n, 1, 2, px), y, 10);
    }

    @Test
    void byteImagesSliceAndWidenLikeTheirDataset() {
        LabeledImages images = byteImages(200);
        LabeledImages s = images.slice(new int[] {199, 3});
        assertArrayEquals(new double[] {199, 56, 3, 252}, s.toDataset(Precision.FLOAT32).features().toFlatArray());
        assertArrayEquals(new int[] {9, 3}, s.labels());
        assertThrows(IndexOutOfBoundsException.class, () -> images.slice(new int[] {200}));
        DatasetSplit fromBytes = DatasetSplit.of(images, 40, 100, 9, Precision.FLOAT64);
        DatasetSplit fromFloats = DatasetSplit.of(images.toDataset(Precision.FLOAT64), 40, 100, 9);
        assertArrayEquals(fromFloats.train().features().toFlatArray(), fromBytes.train().features().toFlatArray());
        assertArrayEquals(fromFloats.validation().labels(), fromBytes.validation().labels());
        assertEquals(100, fromBytes.train().size());
    }

    @Test
    void impossibleSizesAreRejected() {
        Dataset d = numbered(10);
        assertThrows(IllegalArgumentException.class, () -> DatasetSplit.of(d, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> DatasetSplit.of(d, 5, 6, 1));
        assertThrows(IllegalArgumentException.class, () -> DatasetSplit.of(d, -1, 1));
    }
}
