package org.hyperlab.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hyperlab.core.run.TrainingRun;
import org.hyperlab.core.train.EpochMetrics;
import org.hyperlab.core.train.StopReason;
import org.hyperlab.core.train.TrainingHistory;
import org.hyperlab.core.train.TrainingListener;
import org.hyperlab.sweep.ObjectiveFunction;
import org.hyperlab.sweep.Trial;
import org.hyperlab.sweep.TrialDivergedException;
import org.hyperlab.sweep.TrialPrunedException;
import org.hyperlab.sweep.space.Direction;
import picocli.CommandLine;

/**
 * One sweep trial = one {@code hyperlab train} run: the fixed options plus the trial's parameters become
 * {@code train} flags (a {@code true} boolean is a bare flag, {@code false} leaves it out; {@code --seed} is the
 * trial's seed unless the file sets or searches it). After every epoch the chosen metric is reported to the trial
 * and, when the pruner says so, training stops at once ({@link TrainingListener.Action#STOP}) and the trial ends
 * PRUNED. A diverged run ends DIVERGED. The value is the metric of the best epoch.
 */
final class TrainSweepObjective implements ObjectiveFunction {
    private static final Set<String> NOT_SEARCHABLE = Set.of("help", "version", "json", "out", "config");
    private final SweepSpec spec;

    TrainSweepObjective(SweepSpec spec) {
        this.spec = spec;
    }

    /** The {@code train} option names (long names without dashes) a sweep may fix or search. */
    static Set<String> trainOptions() {
        Set<String> names = new TreeSet<>();
        for (CommandLine.Model.OptionSpec o : new CommandLine(new TrainCommand()).getCommandSpec().options()) {
            for (String n : o.names()) {
                if (n.startsWith("--") && !NOT_SEARCHABLE.contains(n.substring(2))) {
                    names.add(n.substring(2));
                }
            }
        }
        return names;
    }

    /** The command-line arguments of a trial ({@code --seed} added when {@code seed} is not null and not given). */
    static List<String> arguments(Map<String, Object> fixed, Map<String, Object> params, Long seed) {
        Map<String, Object> all = new LinkedHashMap<>(fixed);
        all.putAll(params);
        if (seed != null) {
            all.putIfAbsent("seed", seed);
        }
        List<String> args = new ArrayList<>();
        all.forEach((name, value) -> {
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

    @Override
    public double evaluate(Trial trial) {
        Map<String, Object> params = trial.suggestAll(spec.space());
        TrainCommand command = new TrainCommand();
        try {
            new CommandLine(command).parseArgs(arguments(spec.fixed(), params, trial.seed()).toArray(new String[0]));
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException("train rejected the trial's options: " + e.getMessage(), e);
        }
        TrainingRun run;
        try {
            run = command.prepare(new PrintWriter(Writer.nullWriter()));
        } catch (UsageException e) {
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
