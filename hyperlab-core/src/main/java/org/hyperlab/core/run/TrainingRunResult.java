package org.hyperlab.core.run;

import java.nio.file.Path;
import org.hyperlab.core.model.Model;
import org.hyperlab.core.model.ModelFile;
import org.hyperlab.core.optim.Optimizer;
import org.hyperlab.core.train.StopReason;
import org.hyperlab.core.train.TrainingHistory;

/**
 * What a {@link TrainingRun} produced: the spec it ran, the data it used, the trained model (restored to the best
 * epoch when early stopping says so), the optimizer, the per-epoch history with its stop reason, and the final
 * scores with the confusion matrix.
 */
public record TrainingRunResult(TrainingRunSpec spec, TrainingData data, Model model, Optimizer optimizer,
                                TrainingHistory history, FinalScores scores) {
    /** Writes the trained model as safetensors ({@link ModelFile}). */
    public void saveModel(Path file) {
        ModelFile.save(file, model);
    }

    /** True when a listener stopped the run (a sweep pruner). */
    public boolean pruned() {
        return history.stopReason() == StopReason.PRUNED;
    }
}
