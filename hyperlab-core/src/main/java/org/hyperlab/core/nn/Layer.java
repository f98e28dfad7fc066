package org.hyperlab.core.nn;

import java.util.List;
import org.hyperlab.core.tensor.storage.Matrix;

/**
 * One differentiable stage of a model, operating on a batch (one observation per row).
 *
 * <p>Contract: {@link #forward(Matrix)} computes the output and keeps what backward needs;
 * {@link #backward(Matrix)} takes ∂J/∂output for the same batch, accumulates (+=) ∂J/∂θ into each
 * {@link Parameter#grad()} and returns ∂J/∂input. The returned matrices may be buffers owned by the layer and
 * reused on the next call: copy them to keep them.
 */
public interface Layer {
    Matrix forward(Matrix input);

    Matrix backward(Matrix gradOutput);

    /**
     * Like {@link #backward(Matrix)} but only for the parameters: accumulates ∂J/∂θ and may skip computing
     * ∂J/∂input, which training never uses for the model's first layers (for a first dense layer that saves a
     * third of its product work). The default runs {@link #backward(Matrix)}.
     */
    default void backwardParameters(Matrix gradOutput) {
        backward(gradOutput);
    }

    /** The trainable parameters, in a stable order (empty for parameter-free layers). */
    default List<Parameter> parameters() { return List.of(); }

    /** A short description, e.g. {@code FullyConnected(784 -> 10)}. */
    String describe();
}
