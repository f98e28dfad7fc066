package org.hyperlab.core.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.optim.Optimizer;

/**
 * A grid of 1-D descent runs: every combination of a starting point and a learning rate (starting points
 * outer, learning rates inner), each for the same number of epochs with the same optimizer.
 *
 * @param name       a short name for files and titles (a preset's name, or {@code descend})
 * @param objective  the objective with its data point
 * @param w0s        the starting points
 * @param lrs        the learning rates
 * @param epochs     epochs per run
 * @param optimizer  the optimizer (its learning rate is replaced by each of {@code lrs})
 */
public record DescentExperiment(String name, PolynomialObjective objective, List<Double> w0s, List<Double> lrs,
        int epochs, OptimizerSpec optimizer) {
    /** The most runs (starting points × learning rates) one experiment may ask for: each run is one figure. */
    public static final int MAX_RUNS = 25;
    /** The most history points (runs × (epochs + 1)) kept, written and plotted. */
    public static final long MAX_POINTS = 200_000;

    public DescentExperiment {
        w0s = List.copyOf(w0s);
        lrs = List.copyOf(lrs);
        if (w0s.isEmpty() || lrs.isEmpty()) {
            throw new IllegalArgumentException("need at least one starting point and one learning rate");
        }
        GradientDescentRun.requireEpochs(epochs);
        long runs = (long) w0s.size() * lrs.size();
        if (runs > MAX_RUNS) {
            throw new IllegalArgumentException("runs: " + w0s.size() + " starting points x " + lrs.size()
                    + " learning rates = " + runs + " runs, at most " + MAX_RUNS + " are accepted");
        }
        if (runs * (epochs + 1L) > MAX_POINTS) {
            throw new IllegalArgumentException("runs x epochs: " + runs + " runs of " + epochs + " epochs keep "
                    + runs * (epochs + 1L) + " points, at most " + MAX_POINTS + " are accepted; use fewer epochs or runs");
        }
        for (double lr : lrs) {
            if (!(lr > 0) || !Double.isFinite(lr)) {
                throw new IllegalArgumentException("learning rates must be positive and finite, got " + lr);
            }
        }
    }

    /**
     * This experiment with the given settings replacing its own (null: keep). Naming another optimizer drops this
     * one's momentum, β₁, β₂ and ε unless they are given too; the learning rate is replaced by each of the rates.
     */
    public DescentExperiment with(List<Double> newW0s, List<Double> newLrs, Integer newEpochs, String optimizerName,
                                  Double momentum, Double beta1, Double beta2, Double epsilon) {
        OptimizerSpec o = optimizer;
        boolean same = optimizerName == null;
        OptimizerSpec chosen = new OptimizerSpec(same ? o.name() : optimizerName, o.lr(),
                momentum != null ? momentum : same ? o.momentum() : null,
                beta1 != null ? beta1 : same ? o.beta1() : null,
                beta2 != null ? beta2 : same ? o.beta2() : null,
                epsilon != null ? epsilon : same ? o.epsilon() : null);
        return new DescentExperiment(name, objective, newW0s != null ? newW0s : w0s, newLrs != null ? newLrs : lrs,
                newEpochs != null ? newEpochs : epochs, chosen);
    }

    /** Runs every combination with the core optimizer classes ({@link OptimizerSpec#create}). */
    public List<DescentRun> run() {
        return run(OptimizerSpec::create);
    }

    /** Runs every combination, building each optimizer with {@code factory}. */
    public List<DescentRun> run(BiFunction<OptimizerSpec, Parameter, Optimizer> factory) {
        ObjectiveAnalysis analysis = objective.analyze();
        List<DescentRun> runs = new ArrayList<>();
        for (double w0 : w0s) {
            for (double lr : lrs) {
                OptimizerSpec spec = optimizer.withLearningRate(lr);
                List<String> described = new ArrayList<>();
                DescentTrace trace = GradientDescentRun.run(objective.j(), w0, epochs, p -> {
                    Optimizer o = factory.apply(spec, p);
                    described.add(o.describe());
                    return o;
                });
                runs.add(new DescentRun(spec.name(), described.get(0), w0, lr, epochs,
                        DescentDiagnosis.status(objective.j(), trace), trace.divergedAtEpoch(), trace.last(),
                        trace.history(), DescentDiagnosis.explain(analysis, spec, trace)));
            }
        }
        return runs;
    }
}
