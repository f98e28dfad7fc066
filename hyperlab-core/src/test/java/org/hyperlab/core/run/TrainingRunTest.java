package org.hyperlab.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.model.ModelSpec;
import org.hyperlab.core.tensor.runtime.Parallel;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.train.EarlyStopping;
import org.hyperlab.core.train.Monitor;
import org.hyperlab.core.train.StopReason;
import org.hyperlab.core.train.TrainingConfig;
import org.hyperlab.core.train.TrainingListener;
import org.junit.jupiter.api.Test;

/** The training-run API on a tiny separable problem: validation of the spec, threads per run, listeners, scores. */
class TrainingRunTest {
    /** Two classes on one feature: x = -1 is class 0, x = +1 is class 1. */
    private static Dataset separable(int rows) {
        double[][] x = new double[rows][1];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = i % 2;
            x[i][0] = y[i] == 1 ? 1 : -1;
        }
        return new Dataset(Matrix.of(Precision.FLOAT32, x), y, 2);
    }

    private static TrainingRunSpec spec(RunData data, TrainingConfig training, Integer threads) {
        ModelSpec model = ModelSpec.of(1, 2).withZscore(false);
        return new TrainingRunSpec(data, model, OptimizerSpec.adam(0.1), training, threads);
    }

    @Test
    void aSeparableProblemIsLearnedAndScoredWithItsConfusionMatrix() {
        RunData data = new RunData.Given(TrainingData.given(separable(20), separable(6), separable(8)));
        TrainingRunResult r = TrainingRun.prepare(spec(data, TrainingConfig.of(30, 4, 1), null), line -> { })
                .execute();
        assertEquals(1.0, r.scores().test().accuracy(), 0.0);
        assertEquals("test", r.scores().confusionOf());
        // 8 test rows, half of each class, all on the diagonal
        assertArrayEquals(new long[][] {{4, 0}, {0, 4}}, r.scores().confusion().toArray());
        assertEquals(30, r.history().epochs().size());
    }

    @Test
    void theThreadCountHoldsInsideTheRunOnlyAndAListenerCanStopIt() {
        int before = Parallel.threads();
        RunData data = new RunData.Given(TrainingData.given(separable(10), null, null));
        AtomicInteger seen = new AtomicInteger();
        TrainingRun run = TrainingRun.prepare(spec(data, TrainingConfig.of(50, 5, 1), 1), line -> { });
        run.addListener(new TrainingListener() {
            @Override
            public Action onEpochEnd(org.hyperlab.core.train.EpochMetrics metrics) {
                seen.set(Parallel.threads());
                return metrics.epoch() == 3 ? Action.STOP : Action.CONTINUE;
            }
        });
        TrainingRunResult r = run.execute();
        assertEquals(1, seen.get());
        assertEquals(before, Parallel.threads());
        assertTrue(r.pruned());
        assertEquals(StopReason.PRUNED, r.history().stopReason());
        assertEquals(3, r.history().epochs().size());
    }

    @Test
    void earlyStoppingOnValidationWithoutValidationDataIsRejectedBeforeLoading() {
        TrainingConfig training = TrainingConfig.of(5, 4, 1)
                .withEarlyStopping(new EarlyStopping(Monitor.VALIDATION_LOSS, 2, 0, true));
        RunData noValidation = new RunData.Files(DataSource.mnist(), 0, 100);
        assertThrows(IllegalArgumentException.class, () -> spec(noValidation, training, null));
        assertThrows(IllegalArgumentException.class, () -> spec(noValidation, TrainingConfig.of(5, 4, 1), 0));
        assertThrows(IllegalArgumentException.class, () -> new OptimizerSpec("adam", java.util.Map.of("lr", -1.0)));
        assertThrows(IllegalArgumentException.class, () -> new OptimizerSpec("nope", java.util.Map.of()));
    }

    @Test
    void aModelThatDoesNotFitTheDataIsRejected() {
        RunData data = new RunData.Given(TrainingData.given(separable(10), null, null));
        TrainingRunSpec wide = new TrainingRunSpec(data, ModelSpec.of(3, 2), OptimizerSpec.adam(0.1),
                TrainingConfig.of(1, 5, 1), null);
        assertThrows(IllegalArgumentException.class, () -> TrainingRun.prepare(wide, line -> { }));
    }
}
