package org.hyperlab.core.train;

import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.loss.Loss;
import org.hyperlab.core.metrics.Accuracy;
import org.hyperlab.core.nn.Layer;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/** Forward-only passes over a dataset in batches: loss, argmax accuracy and per-row predictions. No parameter changes. */
public final class Evaluator {
    private Evaluator() {
    }

    /** Evaluates {@code model} on {@code data} in its row order, {@code batchSize} rows at a time. */
    public static Evaluation evaluate(Layer model, Loss loss, Dataset data, int batchSize) {
        return evaluate(model, loss, data, batchSize, Trainer.precisionOf(model, data));
    }

    /** As {@link #evaluate(Layer, Loss, Dataset, int)} with batch buffers of the given precision. */
    public static Evaluation evaluate(Layer model, Loss loss, Dataset data, int batchSize, Precision precision) {
        MiniBatches batches = new MiniBatches(data, batchSize, precision);
        int[] predictions = new int[data.size()];
        double lossSum = 0.0;
        int correct = 0;
        int row = 0;
        for (int b = 0; b < batches.count(); b++) {
            MiniBatches.Batch batch = batches.batch(b);
            Matrix outputs = model.forward(batch.features());
            lossSum += loss.forward(outputs, batch.targets()) * batch.size();
            for (int r = 0; r < batch.size(); r++, row++) {
                predictions[row] = Accuracy.classOf(outputs, r);
                if (predictions[row] == batch.labels()[r]) {
                    correct++;
                }
            }
        }
        return new Evaluation(lossSum / data.size(), (double) correct / data.size(), predictions);
    }
}
