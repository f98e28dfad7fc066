package org.hyperlab.core.optim;

import java.util.List;
import org.hyperlab.core.nn.Parameter;

/**
 * Updates parameters in place from their accumulated gradients. One class per algorithm, each stating its exact
 * update rule (that of {@code torch.optim}); per-parameter state is created with the optimizer, so
 * {@link #step()} allocates nothing.
 * The 1-D experiments use the same classes (w is a 1x1 parameter).
 */
public interface Optimizer {
    /** Applies one update to every parameter using its current gradient. */
    void step();

    /** The parameters this optimizer updates. */
    List<Parameter> parameters();

    /** Clears every parameter's gradient. */
    default void zeroGrad() {
        for (Parameter p : parameters()) {
            p.zeroGrad();
        }
    }

    /** The learning rate used by the next step. */
    double learningRate();

    /** Sets the learning rate for the following steps (used by learning-rate schedules). */
    void setLearningRate(double learningRate);

    /** A short description with the hyperparameters, e.g. {@code Adam(lr=0.001, betas=(0.9, 0.999), eps=1e-08)}. */
    String describe();
}
