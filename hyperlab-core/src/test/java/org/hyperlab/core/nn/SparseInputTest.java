package org.hyperlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.hyperlab.core.init.XavierUniform;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.SparseFeatures;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.testing.GradientChecker;
import org.hyperlab.core.testing.RandomMatrices;
import org.hyperlab.core.testing.TestSeeds;
import org.junit.jupiter.api.Test;

/**
 * The Input layer and the first dense layer on sparse batches ({@link SparseFeatures#rowSelection} of mostly-zero data), the
 * float32-only fast path: against the dense float32 path and against the float64 path, whose gradients
 * {@link GradientChecker} verifies on the same (mostly zero) data.
 *
 * <p>Tolerances: an element of the lazy view x·s + c rounds twice in float32 where the dense path computes
 * (x − μ)·(1/σ) with two other roundings, so they differ by at most ~2 ulps of |x·s| + |c| (taken as 4·2⁻²⁴ of it);
 * outputs and gradients of the layer against float64 use the float32-vs-float64 bound of
 * {@link PrecisionAgreementTest} (1e-4 relative + 1e-6 absolute), far below what a wrong term (a missing c·colsum,
 * a wrong scale) would give.
 */
class SparseInputTest {
    private final long seed = TestSeeds.fresh();

    /** rows×cols, about 20 % non-zero values in [0, 255), the rest exactly 0; every column has a non-zero. */
    private Matrix sparseData(SplittableRandom random, int rows, int cols, Precision precision) {
        Matrix m = precision.zeros(rows, cols);
        for (int i = 0; i < m.size(); i++) {
            if (random.nextDouble() < 0.2 || i / cols == i % cols % rows) {
                m.set(i, 1 + random.nextInt(254) + random.nextDouble());
            }
        }
        return m;
    }

    /** Rows {@code rows} of {@code data} as the sparse batch mini-batches get (a view of its sparse form). */
    private static Matrix sparseBatch(FloatMatrix data, int[] rows) {
        assumeTrue(Kernels.sparseProductsAvailable(), "the sparse path needs the SIMD kernels");
        Matrix batch = SparseFeatures.rowSelection(data, rows, rows.length, Precision.FLOAT32);
        SparseFeatures.selectRows(data, rows, 0, rows.length, batch);
        assertTrue(SparseFeatures.isSparse(batch), "mostly-zero float32 data should get the sparse form");
        return batch;
    }

    @Test
    void inputReturnsTheLazyAffineViewWithTheDenseValues() {
        SplittableRandom random = new SplittableRandom(seed);
        FloatMatrix data = (FloatMatrix) sparseData(random, 40, 13, Precision.FLOAT32);
        Input input = Input.zScoring().fit(data);
        int[] rows = {3, 17, 3, 39, 0};
        Matrix affine = input.forward(sparseBatch(data, rows));
        assertTrue(SparseFeatures.isSparse(affine), "the z-scored sparse batch should stay a lazy sparse view");
        FloatMatrix gathered = new FloatMatrix(rows.length, 13);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 13; c++) {
                gathered.set(r, c, data.get(rows[r], c));
            }
        }
        Matrix dense = Input.zScoring().fit(data).forward(gathered);
        for (int i = 0; i < dense.size(); i++) {
            int c = i % 13;
            double expected = (data.get(rows[i / 13], c) - input.mean().get(c)) / input.std().get(c);
            double scale = Math.abs(data.get(rows[i / 13], c) / input.std().get(c)) + Math.abs(input.mean().get(c) / input.std().get(c));
            assertEquals(expected, affine.get(i), 4 * 0x1p-24 * scale + 1e-30, "view entry " + i + ", " + TestSeeds.describe(seed));
            assertEquals(dense.get(i), affine.get(i), 8 * 0x1p-24 * scale + 1e-30, "vs dense " + i + ", " + TestSeeds.describe(seed));
        }
    }

    @Test
    void gradientsOnSparseInputMatchTheCheckedFloat64Path() {
        int n = 24, d = 30, out = 7;
        SplittableRandom data = new SplittableRandom(seed);
        Matrix x64 = sparseData(data, n, d, Precision.FLOAT64);
        Matrix upstream = RandomMatrices.uniform(data, n, out, -1, 1);
        Sequential wide = model(x64, Precision.FLOAT64);
        GradientChecker.checkLayer(wide, x64, upstream, "Input+FullyConnected on sparse data, " + TestSeeds.describe(seed));

        FloatMatrix x32 = (FloatMatrix) x64.to(Precision.FLOAT32);
        Sequential narrow = model(x32, Precision.FLOAT32);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (Parameter p : wide.parameters()) {
            p.zeroGrad();
        }
        Matrix expected = wide.forward(x64).copy();
        wide.backwardParameters(upstream);
        Matrix actual = narrow.forward(sparseBatch(x32, all));
        narrow.backwardParameters(upstream.to(Precision.FLOAT32));
        assertClose(expected, actual, "output");
        for (int k = 0; k < wide.parameters().size(); k++) {
            assertClose(wide.parameters().get(k).grad(), narrow.parameters().get(k).grad(), "gradient of parameter " + k);
        }
    }

    private Sequential model(Matrix training, Precision precision) {
        SplittableRandom random = new SplittableRandom(seed ^ 7);
        return new Sequential(Input.zScoring().fit(training),
                new FullyConnected(training.cols(), 7, new XavierUniform(), new XavierUniform(), random, precision));
    }

    private void assertClose(Matrix wide, Matrix narrow, String what) {
        assertEquals(wide.shape(), narrow.shape(), what);
        for (int i = 0; i < wide.size(); i++) {
            assertEquals(wide.get(i), narrow.get(i), 1e-4 * Math.abs(wide.get(i)) + 1e-6,
                    what + " entry " + i + ", " + TestSeeds.describe(seed));
        }
    }
}
