package org.hyperlab.core.nn;

/** Hyperbolic tangent, {@code f(z) = tanh z}, {@code f'(z) = 1 − tanh² z} (read from the output). */
public final class Tanh extends Activation {
    public Tanh() {
        super(Math::tanh, (y, g) -> g * (1.0 - y * y), true);
    }

    @Override
    public String describe() { return "Tanh"; }
}
