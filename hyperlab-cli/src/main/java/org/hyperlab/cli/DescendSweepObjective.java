package org.hyperlab.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hyperlab.core.objective.DescentPoint;
import org.hyperlab.core.objective.DescentRun;
import org.hyperlab.core.objective.DescentStatus;
import org.hyperlab.sweep.ObjectiveFunction;
import org.hyperlab.sweep.Trial;
import org.hyperlab.sweep.TrialDivergedException;
import picocli.CommandLine;

/**
 * One sweep trial = one 1-D {@code hyperlab descend} run (a single w0 and learning rate): the fixed options plus
 * the trial's parameters become {@code descend} flags; J(w) of every epoch is reported as the intermediate value;
 * the value is the final J(w) (minimized; metric name {@value #METRIC}). A diverged run ends DIVERGED.
 */
final class DescendSweepObjective implements ObjectiveFunction {
    /** The metric of descend sweeps. */
    static final String METRIC = "final-J";
    private static final Set<String> NOT_SEARCHABLE = Set.of("help", "version", "json", "out", "config", "preset");
    private final SweepSpec spec;

    DescendSweepObjective(SweepSpec spec) {
        this.spec = spec;
    }

    /** The {@code descend} option names a sweep may fix or search. */
    static Set<String> options() {
        Set<String> names = new TreeSet<>();
        for (CommandLine.Model.OptionSpec o : new CommandLine(new DescendCommand()).getCommandSpec().options()) {
            for (String n : o.names()) {
                if (n.startsWith("--") && !NOT_SEARCHABLE.contains(n.substring(2))) {
                    names.add(n.substring(2));
                }
            }
        }
        return names;
    }

    /**
     * Checks the fixed options before any trial runs, through {@code descend}'s own flag parsing (no {@code @file}
     * expansion: the values come from a file); a problem is an {@link IllegalArgumentException}.
     */
    static void checkFixed(Map<String, Object> fixed) {
        DescendCommand command = new DescendCommand();
        try {
            new CommandLine(command).setExpandAtFiles(false)
                    .parseArgs(TrainSweepObjective.arguments(fixed, Map.of(), null).toArray(new String[0]));
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException("fixed options: " + e.getMessage(), e);
        }
    }

    @Override
    public double evaluate(Trial trial) {
        DescendCommand command = new DescendCommand();
        List<String> args = TrainSweepObjective.arguments(spec.fixed(), trial.suggestAll(spec.space()), null);
        try {
            new CommandLine(command).setExpandAtFiles(false).parseArgs(args.toArray(new String[0]));
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException("descend rejected the trial's options: " + e.getMessage(), e);
        }
        List<DescentRun> runs = command.experiment(command.objectiveOptions.resolve()).run();
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
