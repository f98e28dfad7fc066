package org.hyperlab.core.optim;

import java.util.List;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/** Test helper: a 1x1 parameter whose gradient the test sets before each step (as the 1-D experiments do). */
final class OneElement {
    final Parameter parameter;

    OneElement(Precision precision, double initial) {
        this.parameter = new Parameter("w", Matrix.row(precision, initial));
    }

    List<Parameter> list() {
        return List.of(parameter);
    }

    /** Sets the gradient to {@code g}, steps, and returns the new value. */
    double step(Optimizer optimizer, double g) {
        parameter.grad().set(0, g);
        optimizer.step();
        return parameter.value().get(0);
    }
}
