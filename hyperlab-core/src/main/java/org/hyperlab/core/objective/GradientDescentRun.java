package org.hyperlab.core.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.optim.Optimizer;
import org.hyperlab.core.tensor.storage.DoubleMatrix;

/**
 * Runs an optimizer on a 1-D objective, exactly as it runs on a network: w is a 1×1 float64 {@link Parameter};
 * each epoch sets its gradient to J'(w) and calls {@link Optimizer#step()}. The run stops early when w or J(w)
 * is no longer finite (overflow): that epoch is reported and the history keeps the points before it.
 * {@code w0} must be finite with a finite J(w0).
 */
public final class GradientDescentRun {
    /** The most epochs one run may ask for: each epoch is kept in the history that is plotted and written. */
    public static final int MAX_EPOCHS = 10_000;

    private GradientDescentRun() {
    }

    /** Checks an epoch count against 0..{@link #MAX_EPOCHS}, naming the limit. */
    public static void requireEpochs(int epochs) {
        if (epochs < 0 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs: expected 0.." + MAX_EPOCHS + ", got " + epochs);
        }
    }

    /**
     * Descends from {@code w0} for {@code epochs} epochs.
     *
     * @param optimizer builds the optimizer over the given parameter (the only one it updates)
     */
    public static DescentTrace run(Objective1D objective, double w0, int epochs, Function<Parameter, Optimizer> optimizer) {
        requireEpochs(epochs);
        if (!Double.isFinite(w0)) {
            throw new IllegalArgumentException("w0 must be finite, got " + w0);
        }
        double j0 = objective.value(w0);
        if (!Double.isFinite(j0)) {
            throw new IllegalArgumentException("J(w0) is not finite at w0 = " + w0);
        }
        Parameter w = new Parameter("w", new DoubleMatrix(1, 1, new double[] {w0}));
        Optimizer opt = optimizer.apply(w);
        List<DescentPoint> history = new ArrayList<>();
        history.add(new DescentPoint(0, w0, j0));
        for (int epoch = 1; epoch <= epochs; epoch++) {
            opt.zeroGrad();
            w.grad().set(0, objective.derivative(w.value().get(0)));
            opt.step();
            double wNow = w.value().get(0);
            double jNow = objective.value(wNow);
            if (!Double.isFinite(wNow) || !Double.isFinite(jNow)) {
                return new DescentTrace(history, epoch, epochs);
            }
            history.add(new DescentPoint(epoch, wNow, jNow));
        }
        return new DescentTrace(history, null, epochs);
    }
}
