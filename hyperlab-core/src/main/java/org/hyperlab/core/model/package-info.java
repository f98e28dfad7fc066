/**
 * A trained network with its architecture: {@link org.hyperlab.core.model.ModelSpec} (the architecture; its
 * {@code build(seed)} is the entry point for a fresh model), {@link org.hyperlab.core.model.Model} and
 * {@link org.hyperlab.core.model.ModelFile} (save and load in the safetensors layout). Loading goes through
 * {@code TensorSlot} (the one map from an architecture to the file's tensors) and {@code TensorTable} (the header's
 * checks against the architecture and the file's length, before anything is allocated).
 */
package org.hyperlab.core.model;
