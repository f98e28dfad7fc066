package org.hyperlab.core.nn;

import org.hyperlab.core.tensor.storage.Matrix;

/**
 * The identity activation, {@code f(z) = z}, {@code f'(z) = 1}: forward returns its argument and backward the
 * upstream gradient, both unchanged and uncopied.
 */
public final class Linear implements Layer {
    @Override
    public Matrix forward(Matrix input) { return input; }

    @Override
    public Matrix backward(Matrix gradOutput) { return gradOutput; }

    @Override
    public String describe() { return "Linear"; }
}
