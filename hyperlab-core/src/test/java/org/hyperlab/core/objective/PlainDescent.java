package org.hyperlab.core.objective;

import java.util.List;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.optim.Optimizer;

/** w ← w − η·g for one parameter: the textbook rule, written here so the tests do not depend on core's classes. */
final class PlainDescent implements Optimizer {
    private final Parameter p;
    private double lr;

    PlainDescent(Parameter p, double lr) {
        this.p = p;
        this.lr = lr;
    }

    @Override public void step() { p.value().set(0, p.value().get(0) - lr * p.grad().get(0)); }

    @Override public List<Parameter> parameters() { return List.of(p); }

    @Override public double learningRate() { return lr; }

    @Override public void setLearningRate(double learningRate) { lr = learningRate; }

    @Override public String describe() { return "PlainDescent(lr=" + lr + ")"; }
}
