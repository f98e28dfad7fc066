/**
 * Layers: each {@code forward} keeps what its backward needs and each {@code backward} returns ∂J/∂input and
 * accumulates (+=) into its {@link org.hyperlab.core.nn.Parameter} gradients, with the local derivative next to the
 * forward code. {@link org.hyperlab.core.nn.FullyConnected} (W stored in x out), {@link org.hyperlab.core.nn.Input}
 * (z-scoring fitted on training data), {@link org.hyperlab.core.nn.Softmax} and the activations, chained by
 * {@link org.hyperlab.core.nn.Sequential}.
 *
 * <p>Entry points: the {@link org.hyperlab.core.nn.Layer} contract, {@link org.hyperlab.core.nn.Networks} (ready-made
 * stacks) and {@link org.hyperlab.core.nn.Activations} (by name). Layers reach the kernels only through
 * {@code org.hyperlab.core.tensor} (never the sparse kernels directly); output buffers are reused across batches
 * ({@link org.hyperlab.core.nn.Buffers}).
 */
package org.hyperlab.core.nn;
