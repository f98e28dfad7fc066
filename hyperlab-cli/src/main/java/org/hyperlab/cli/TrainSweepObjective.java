package org.hyperlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hyperlab.core.run.TrainingRun;
import org.hyperlab.core.run.TrainingRunOptions;
import org.hyperlab.core.train.EpochMetrics;
import org.hyperlab.core.train.StopReason;
import org.hyperlab.core.train.TrainingHistory;
import org.hyperlab.core.train.TrainingListener;
import org.hyperlab.sweep.ObjectiveFunction;
import org.hyperlab.sweep.Trial;
import org.hyperlab.sweep.TrialDivergedException;
import org.hyperlab.sweep.TrialPrunedException;
import org.hyperlab.sweep.space.Direction;

/**
 * One sweep trial = one training run: the fixed options plus the trial's parameters (train option names, typed
 * values) become a {@link org.hyperlab.core.run.TrainingRunSpec} through {@link TrainingRunOptions}, the same mapping
 * {@code train} uses for its flags ({@code seed} is the trial's seed unless the file sets or searches it). After every
 * epoch the chosen metric is reported to the trial and, when the pruner says so, training stops at once
 * ({@link TrainingListener.Action#STOP}) and the trial ends PRUNED. A diverged run ends DIVERGED. The value is the
 * metric of the best epoch.
 */
final class TrainSweepObjective implements ObjectiveFunction {
    private final SweepSpec spec;

    TrainSweepObjective(SweepSpec spec) {
        this.spec = spec;
    }

    /** The {@code train} option names a sweep may fix or search. */
    static Set<String> trainOptions() {
        return TrainingRunOptions.NAMES;
    }

    /** The options of a trial: fixed, then searched, then {@code seed} when not null and not given. */
    static Map<String, Object> options(Map<String, Object> fixed, Map<String, Object> params, Long seed) {
        Map<String, Object> all = new LinkedHashMap<>(fixed);
        all.putAll(params);
        if (seed != null) {
            all.putIfAbsent("seed", seed);
        }
        return all;
    }

    /** The command-line arguments of a trial (a {@code true} boolean is a bare flag, {@code false} is left out). */
    static List<String> arguments(Map<String, Object> fixed, Map<String, Object> params, Long seed) {
        List<String> args = new ArrayList<>();
        options(fixed, params, seed).forEach((name, value) -> {
            if (value instanceof Boolean b) {
                if (b) {
                    args.add("--" + name);
                }
            } else if (value instanceof List<?> list) {
                args.add("--" + name);
                args.add(String.join(",", list.stream().map(String::valueOf).toList()));
            } else {
                args.add("--" + name);
                args.add(String.valueOf(value));
            }
        });
        return args;
    }

    /** Checks the fixed options before any trial runs; a problem is an {@link IllegalArgumentException}. */
    static void checkFixed(Map<String, Object> fixed) {
        TrainingRunOptions.spec(fixed);
    }

    @Override
    public double evaluate(Trial trial) {
        Map<String, Object> options = options(spec.fixed(), trial.suggestAll(spec.space()), trial.seed());
        TrainingRun run;
        try {
            run = TrainingRun.prepare(TrainingRunOptions.spec(options), line -> { });
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("train rejected the trial's options: " + e.getMessage(), e);
        }
        run.addListener(new TrainingListener() {
            @Override
            public Action onEpochEnd(EpochMetrics metrics) {
                trial.report(metrics.epoch(), spec.metric().valueOf(metrics));
                return trial.shouldPrune() ? Action.STOP : Action.CONTINUE;
            }
        });
        TrainingHistory history = run.execute().history();
        if (history.stopReason() == StopReason.PRUNED) {
            throw new TrialPrunedException("pruned after epoch " + history.last().epoch());
        }
        if (history.diverged()) {
            throw new TrialDivergedException("training diverged after " + history.epochs().size() + " finite epochs");
        }
        Direction direction = spec.objective().direction();
        double best = Double.NaN;
        for (EpochMetrics m : history.epochs()) {
            double v = spec.metric().valueOf(m);
            if (Double.isNaN(best) || direction.isBetter(v, best)) {
                best = v;
            }
        }
        return best;
    }
}
