package org.hyperlab.sweep.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hyperlab.core.run.TrainingRunOptions;
import org.hyperlab.core.train.Monitor;
import org.hyperlab.sweep.ObjectiveFunction;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.SearchSpace;

/**
 * The objectives a sweep file can name ({@code command: train} or {@code descend}): their option names, the check
 * of the fixed values before any trial runs, the objective function of a trial, and a trial's options written as
 * the command line that repeats it.
 */
public final class SweepObjectives {
    /** The metric of descend sweeps: the final J(w), minimized. */
    public static final String DESCEND_METRIC = "final-J";

    private SweepObjectives() {
    }

    /** The option names {@code command} accepts in {@code fixed} and {@code params}. */
    public static Set<String> optionNames(String command) {
        return isDescend(command) ? DescendObjective.NAMES : TrainingRunOptions.NAMES;
    }

    /** Checks the fixed values as the command's own options are checked; a problem is an IllegalArgumentException. */
    public static void checkFixed(String command, Map<String, Object> fixed) {
        if (isDescend(command)) {
            DescendObjective.experiment(fixed);
        } else {
            TrainingRunOptions.spec(fixed);
        }
    }

    /** The objective function of one trial of a {@code command} sweep. */
    public static ObjectiveFunction create(String command, Map<String, Object> fixed, SearchSpace space, Monitor metric,
                                           Direction direction) {
        return isDescend(command) ? new DescendObjective(fixed, space) : new TrainObjective(fixed, space, metric, direction);
    }

    /**
     * The command-line arguments that repeat a trial: options in order, a {@code true} boolean as a bare flag,
     * {@code false} left out, a list joined with commas; {@code --seed} added when {@code seed} is not null and
     * not given.
     */
    public static List<String> arguments(Map<String, Object> fixed, Map<String, Object> params, Long seed) {
        List<String> args = new ArrayList<>();
        TrainObjective.options(fixed, params, seed).forEach((name, value) -> {
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

    private static boolean isDescend(String command) {
        return "descend".equals(command);
    }
}
