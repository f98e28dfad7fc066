package org.hyperlab.core.model;

import org.hyperlab.core.nn.Sequential;
import org.hyperlab.core.train.ClassifierSpec;

/**
 * A model read back by {@link ModelFile#load}: its architecture and the network, ready to evaluate (the first
 * layer is the {@code Input} with the saved z-scoring statistics).
 */
public record SavedModel(ClassifierSpec spec, Sequential network) {
}
