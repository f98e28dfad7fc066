package org.hyperlab.sweep.objective;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hyperlab.core.objective.DescentExperiment;
import org.hyperlab.core.objective.DescentPoint;
import org.hyperlab.core.objective.DescentPresets;
import org.hyperlab.core.objective.DescentRun;
import org.hyperlab.core.objective.DescentStatus;
import org.hyperlab.core.objective.PolynomialObjective;
import org.hyperlab.core.objective.Rational;
import org.hyperlab.core.run.OptionValues;
import org.hyperlab.sweep.ObjectiveFunction;
import org.hyperlab.sweep.Trial;
import org.hyperlab.sweep.TrialDivergedException;
import org.hyperlab.sweep.space.SearchSpace;

/**
 * One sweep trial = one 1-D descent run (a single w0 and learning rate) of {@code descend}'s standard experiment
 * with the trial's options applied ({@link DescentExperiment#with}, the same rule {@code descend}'s flags follow):
 * J(w) of every epoch is reported as the intermediate value; the value is the final J(w) (minimized; metric
 * {@value SweepObjectives#DESCEND_METRIC}). A diverged run ends DIVERGED.
 */
public final class DescendObjective implements ObjectiveFunction {
    /** The {@code descend} option names a sweep may fix or search. */
    public static final Set<String> NAMES = Set.of("objective", "x", "w0", "lr", "learning-rate", "epochs",
            "optimizer", "momentum", "beta1", "beta2", "epsilon");
    private final Map<String, Object> fixed;
    private final SearchSpace space;

    public DescendObjective(Map<String, Object> fixed, SearchSpace space) {
        this.fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        this.space = space;
    }

    /**
     * The experiment the options describe: {@code objective} (default the seed's quartic) at data point {@code x}
     * (default 1, an exact number such as 0.5 or 1/2), then {@link DescentPresets#standard} with the given
     * {@code w0}, {@code lr}/{@code learning-rate}, {@code epochs}, {@code optimizer}, {@code momentum},
     * {@code beta1}, {@code beta2} and {@code epsilon} applied. Any problem is an {@link IllegalArgumentException}.
     */
    public static DescentExperiment experiment(Map<String, ?> options) {
        OptionValues v = new OptionValues(options, NAMES, "descend");
        String x = v.text("x", "1");
        Rational xValue;
        try {
            xValue = Rational.parse(x);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("--x: expected a number such as 1, 0.5 or 1/2, got '" + x + "'", e);
        }
        PolynomialObjective objective = PolynomialObjective.parse(
                v.text("objective", PolynomialObjective.SEED_EXPRESSION), xValue);
        return DescentPresets.standard(objective).with(v.numbers("w0"), v.numbers(v.either("lr", "learning-rate")),
                v.integerOrNull("epochs"), v.textOrNull("optimizer"), v.numberOrNull("momentum"),
                v.numberOrNull("beta1"), v.numberOrNull("beta2"), v.numberOrNull("epsilon"));
    }

    /**
     * A descend trial is one run: {@code w0} and the learning rate ({@code lr} or {@code learning-rate}) must each
     * be searched or fixed to a single number (left out, the standard experiment's several values would apply).
     */
    public static void requireOneRun(Map<String, ?> fixed, Set<String> searched) {
        for (List<String> names : List.of(List.of("w0"), List.of("lr", "learning-rate"))) {
            if (names.stream().anyMatch(searched::contains)) {
                continue;
            }
            Object value = names.stream().map(fixed::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            boolean single = value instanceof Number
                    || value instanceof List<?> list && list.size() == 1
                    || value instanceof String text && !text.contains(",");
            if (!single) {
                throw new IllegalArgumentException("a descend trial is one run: search '" + names.get(0)
                        + "' in 'params' or fix it to one number in 'fixed'" + (value == null ? "" : ", got " + value));
            }
        }
    }

    @Override
    public double evaluate(Trial trial) {
        List<DescentRun> runs = experiment(TrainObjective.options(fixed, trial.suggestAll(space), null)).run();
        if (runs.size() != 1) {
            throw new IllegalArgumentException("a descend trial needs exactly one w0 and one lr, got " + runs.size()
                    + " runs");
        }
        DescentRun run = runs.get(0);
        for (DescentPoint p : run.history()) {
            trial.report(p.epoch(), p.j());
        }
        if (run.status() == DescentStatus.DIVERGED) {
            throw new TrialDivergedException("diverged at epoch " + run.divergedAtEpoch());
        }
        return run.last().j();
    }
}
