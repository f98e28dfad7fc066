package org.hyperlab.sweep.objective;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hyperlab.core.run.TrainingRunOptions;
import org.hyperlab.core.train.Monitor;
import org.hyperlab.sweep.ObjectiveFunction;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.hyperlab.sweep.space.ObjectiveSpec;
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

    /**
     * Checks the search space before any trial runs, as the trials would see it: a base trial (every searched
     * option at a typical value: a list's first choice, a range's middle) and, one option at a time, every choice
     * of a list and both ends of a range, each with the fixed values, go through {@link #checkFixed}. A conditional
     * option is checked with its parents set to the first values that activate it, and each checked trial holds
     * only the options active in it ({@link SearchSpace#assignment}). A {@code descend} trial must also be exactly
     * one run ({@link DescendObjective#requireOneRun}), so its {@code w0} and {@code lr} count as searched only when
     * unconditional. A problem is an IllegalArgumentException naming the option and the value.
     */
    public static void checkSpace(String command, Map<String, Object> fixed, SearchSpace space) {
        Map<String, Object> base = new LinkedHashMap<>();
        space.parameters().forEach((name, distribution) -> base.put(name, typical(distribution)));
        space.parameters().forEach((name, distribution) -> {
            for (Object value : extremes(distribution)) {
                Map<String, Object> chosen = new LinkedHashMap<>(base);
                chosen.putAll(space.activating(name));
                chosen.put(name, value);
                Map<String, Object> options = new LinkedHashMap<>(fixed);
                options.putAll(space.assignment(chosen, SweepObjectives::typical));
                try {
                    checkFixed(command, options);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'params': " + name + " = " + value + ": " + e.getMessage()
                            + conditionHint(command, options, name, space), e);
                }
            }
        });
        if (isDescend(command)) {
            DescendObjective.requireOneRun(fixed, space.parameters().keySet().stream()
                    .filter(name -> !space.isConditional(name)).collect(java.util.stream.Collectors.toSet()));
        }
    }

    /**
     * When the options pass without one other searched option, the hint that it could be searched only for some
     * values of {@code name} ({@code when:}); else empty. Only for a categorical or int {@code name}, which can be a
     * parent.
     */
    private static String conditionHint(String command, Map<String, Object> options, String name, SearchSpace space) {
        if (space.get(name) instanceof FloatDistribution) {
            return "";
        }
        for (String other : space.parameters().keySet()) {
            if (other.equals(name) || !options.containsKey(other)) {
                continue;
            }
            Map<String, Object> without = new LinkedHashMap<>(options);
            without.remove(other);
            try {
                checkFixed(command, without);
            } catch (IllegalArgumentException stillWrong) {
                continue;
            }
            return "; if '" + other + "' applies only to some values of '" + name + "', search it only for them: "
                    + other + ": {..., when: {" + name + ": [...]}}";
        }
        return "";
    }

    /** A list's first choice; the middle of a range (geometric for a log range), as its type. */
    private static Object typical(Distribution distribution) {
        if (distribution instanceof CategoricalDistribution c) {
            return c.choices().get(0);
        }
        if (distribution instanceof IntDistribution i) {
            return i.toExternal(i.log() ? Math.sqrt((double) i.low() * i.effectiveHigh())
                    : (i.low() + (double) i.effectiveHigh()) / 2);
        }
        FloatDistribution f = (FloatDistribution) distribution;
        return f.toExternal(f.log() ? Math.sqrt(f.low() * f.effectiveHigh()) : (f.low() + f.effectiveHigh()) / 2);
    }

    /** The values of a distribution that stand for all of it in {@link #checkSpace}: its choices, or its ends. */
    private static List<Object> extremes(Distribution distribution) {
        if (distribution instanceof CategoricalDistribution c) {
            return c.choices();
        }
        if (distribution instanceof IntDistribution i) {
            return List.of(i.low(), i.effectiveHigh());
        }
        FloatDistribution f = (FloatDistribution) distribution;
        return List.of(f.low(), f.effectiveHigh());
    }

    /**
     * The objective function of one trial of a {@code train} sweep of one or more objectives ({@link TrainMetrics}
     * names), reporting {@code reported} after every epoch; {@code descend} has its one objective.
     */
    public static ObjectiveFunction create(String command, Map<String, Object> fixed, SearchSpace space,
                                           Monitor reported, List<ObjectiveSpec> objectives) {
        return isDescend(command) ? new DescendObjective(fixed, space)
                : new TrainObjective(fixed, space, reported, objectives);
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
