package org.hyperlab.core.model;

import java.util.List;
import org.hyperlab.core.nn.Input;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.nn.Sequential;
import org.hyperlab.core.tensor.storage.Matrix;

/**
 * A classifier built from a {@link ModelSpec}: the whole {@link #network()} (its first layer is {@link #input()})
 * is the {@code Layer} to train and evaluate. Save and reload it with {@link ModelFile}.
 */
public record Model(ModelSpec spec, Input input, Sequential network) {
    /** Fits the z-scoring statistics on the training features (no-op when z-scoring is off); returns this. */
    public Model fitInput(Matrix trainingFeatures) {
        input.fit(trainingFeatures);
        return this;
    }

    /** The trainable parameters in the network's stable order. */
    public List<Parameter> parameters() { return network.parameters(); }
}
