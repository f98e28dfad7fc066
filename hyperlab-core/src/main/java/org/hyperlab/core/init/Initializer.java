package org.hyperlab.core.init;

import java.util.SplittableRandom;
import org.hyperlab.core.tensor.storage.Matrix;

/**
 * Fills a parameter matrix with its initial values, drawing any randomness from the caller's generator so that
 * a seed reproduces a model exactly.
 *
 * <p><b>Fan rule.</b> Matrices are stored (in x out), the layout of {@code FullyConnected}'s weights, so
 * {@code fan_in = rows} and {@code fan_out = cols} (PyTorch stores weights out x in and reads the fans the other
 * way round; the numbers agree). A bias stored as a 1 x out row therefore has {@code fan_in = 1} and
 * {@code fan_out = out}: this is the rule used when a bias is initialized with Xavier, as the seed notebook does.
 */
public interface Initializer {
    /** Overwrites every element of {@code target} with an initial value. */
    void initialize(Matrix target, SplittableRandom random);

    /** A short description with the parameters, e.g. {@code xavier-uniform(gain=1.0)}. */
    String describe();

    /** Fan-in of a matrix stored (in x out): its row count. */
    static int fanIn(Matrix target) { return target.rows(); }

    /** Fan-out of a matrix stored (in x out): its column count. */
    static int fanOut(Matrix target) { return target.cols(); }
}
