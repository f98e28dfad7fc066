package org.hyperlab.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.model.Model;
import org.hyperlab.core.model.ModelSpec;
import org.hyperlab.core.optim.Optimizer;
import org.hyperlab.core.optim.Optimizers;
import org.hyperlab.core.tensor.runtime.Parallel;
import org.hyperlab.core.train.Trainer;
import org.hyperlab.core.train.TrainingHistory;
import org.hyperlab.core.train.TrainingListener;

/**
 * Executes a {@link TrainingRunSpec}, in two steps so that a caller can report what will run before it runs:
 * {@link #prepare} loads the data (seeded split, in the model's precision), builds the model from the spec's seed,
 * fits its z-scoring input on the training features and creates the optimizer; {@link #execute} trains with a
 * {@link Trainer} (softmax-cross-entropy, the spec's {@code TrainingConfig}; listeners see every batch and epoch and
 * may stop the run, which then ends {@code pruned}) and scores the result ({@link FinalScores}). Both steps run with
 * the spec's kernel thread count on the calling thread ({@link Parallel#withThreads}); the process default is left
 * alone. This is the one place a {@code Trainer} is built for a classifier.
 */
public final class TrainingRun {
    private final TrainingRunSpec spec;
    private final TrainingData data;
    private final Model model;
    private final Optimizer optimizer;
    private final List<TrainingListener> listeners = new ArrayList<>();

    private TrainingRun(TrainingRunSpec spec, TrainingData data, Model model, Optimizer optimizer) {
        this.spec = spec;
        this.data = data;
        this.model = model;
        this.optimizer = optimizer;
    }

    /**
     * Loads the data and builds the model and optimizer; {@code log} receives data-loading progress (a download).
     * A model whose input or class count does not fit the data is an {@link IllegalArgumentException}.
     */
    public static TrainingRun prepare(TrainingRunSpec spec, Consumer<String> log) {
        return withThreads(spec, () -> {
            ModelSpec m = spec.model();
            TrainingData data = spec.data().resolve(spec.seed(), m.precision(), log);
            if (m.inputSize() != data.train().featureCount() || m.classes() != data.train().numClasses()) {
                throw new IllegalArgumentException("model " + m.describe() + " does not fit data of "
                        + data.train().featureCount() + " features and " + data.train().numClasses() + " classes");
            }
            Model model = m.build(spec.seed()).fitInput(data.train().features());
            Optimizer optimizer = Optimizers.create(spec.optimizer().name(), spec.optimizer().hyperparameters(),
                    model.parameters());
            return new TrainingRun(spec, data, model, optimizer);
        });
    }

    /** Adds a listener (progress, pruning); listeners are called in the order added. */
    public TrainingRun addListener(TrainingListener listener) {
        listeners.add(listener);
        return this;
    }

    public TrainingRunSpec spec() {
        return spec;
    }

    public TrainingData data() {
        return data;
    }

    public Model model() {
        return model;
    }

    /** The optimizer before training: its learning rate is the base rate the schedule scales. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** The kernel thread count the run uses: the spec's, else the process default. */
    public int threads() {
        return spec.threads() != null ? spec.threads() : Parallel.threads();
    }

    /** Trains the prepared model and scores it; call once. */
    public TrainingRunResult execute() {
        return withThreads(spec, () -> {
            Trainer trainer = new Trainer(model.network(), new SoftmaxCrossEntropy(), optimizer, spec.training());
            listeners.forEach(trainer::addListener);
            TrainingHistory history = trainer.fit(data.train(), data.validation());
            return new TrainingRunResult(spec, data, model, optimizer, history, FinalScores.of(model.network(), data));
        });
    }

    /**
     * Runs another operation on the prepared model and data (the learning-rate range test, for example) with the
     * run's kernel thread count.
     */
    public <T> T onRunThreads(Supplier<T> body) {
        return withThreads(spec, body);
    }

    private static <T> T withThreads(TrainingRunSpec spec, Supplier<T> body) {
        return spec.threads() == null ? body.get() : Parallel.withThreads(spec.threads(), body);
    }
}
