package org.hyperlab.sweep.objective;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperlab.core.io.JsonText;
import org.hyperlab.core.run.TrainingRun;
import org.hyperlab.core.run.TrainingRunOptions;
import org.hyperlab.core.train.EpochMetrics;
import org.hyperlab.core.train.HistoryRows;
import org.hyperlab.core.train.Monitor;
import org.hyperlab.core.train.StopReason;
import org.hyperlab.core.train.TrainingHistory;
import org.hyperlab.core.train.TrainingListener;
import org.hyperlab.sweep.MultiObjectiveFunction;
import org.hyperlab.sweep.Trial;
import org.hyperlab.sweep.TrialDivergedException;
import org.hyperlab.sweep.TrialPrunedException;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.space.SearchSpace;

/**
 * One sweep trial = one training run: the fixed options plus the trial's parameters (train option names, typed
 * values) become a {@link org.hyperlab.core.run.TrainingRunSpec} through {@link TrainingRunOptions}, the same mapping
 * {@code train} uses for its flags ({@code seed} is the trial's seed unless the file sets or searches it). After every
 * epoch the chosen metric is reported to the trial and, when the pruner says so, training stops at once
 * ({@link TrainingListener.Action#STOP}) and the trial ends PRUNED. A diverged run ends DIVERGED. The value is the
 * metric of the best epoch. With several objectives ({@link TrainMetrics}: per-epoch metrics, {@code seconds},
 * {@code parameters}) each gets its own value and {@code metric} is only what is reported per epoch. The epochs so far are kept, after every epoch, as JSON in the trial's user attribute
 * {@link HistoryRows#TRIAL_ATTRIBUTE} (rows of {@link HistoryRows}), so that their curves can be drawn, and its
 * options (fixed, searched and seed) in {@link #OPTIONS_ATTRIBUTE}.
 */
public final class TrainObjective implements MultiObjectiveFunction {
    /** The user attribute (without the {@code user:} prefix) holding a trial's train options as one JSON object. */
    public static final String OPTIONS_ATTRIBUTE = "options";

    private final Map<String, Object> fixed;
    private final SearchSpace space;
    private final Monitor metric;
    private final List<ObjectiveSpec> objectives;

    /** Trials train with {@code fixed} plus the sampled values of {@code space}, scored by {@code metric}. */
    public TrainObjective(Map<String, Object> fixed, SearchSpace space, Monitor metric, Direction direction) {
        this(fixed, space, metric, List.of(new ObjectiveSpec(metric.label(), direction)));
    }

    /**
     * Trials scored by every objective (named as {@link TrainMetrics#canonical} gives them), {@code reported} being
     * the per-epoch metric stored after each epoch and offered to the pruner.
     */
    public TrainObjective(Map<String, Object> fixed, SearchSpace space, Monitor reported, List<ObjectiveSpec> objectives) {
        this.fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        this.space = space;
        this.metric = reported;
        this.objectives = List.copyOf(objectives);
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

    @Override
    public double[] evaluateAll(Trial trial) {
        Map<String, Object> options = options(fixed, trial.suggestAll(space), trial.seed());
        TrainingRun run;
        try {
            run = TrainingRun.prepare(TrainingRunOptions.spec(options), line -> { });
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("train rejected the trial's options: " + e.getMessage(), e);
        }
        trial.setUserAttr(OPTIONS_ATTRIBUTE, JsonText.write(options));
        List<EpochMetrics> epochs = new ArrayList<>();
        run.addListener(new TrainingListener() {
            @Override
            public Action onEpochEnd(EpochMetrics metrics) {
                epochs.add(metrics);
                trial.setUserAttr(HistoryRows.TRIAL_ATTRIBUTE, JsonText.write(HistoryRows.of(epochs, true)));
                trial.report(metrics.epoch(), metric.valueOf(metrics));
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
        long parameters = 0;
        for (org.hyperlab.core.nn.Parameter p : run.model().parameters()) {
            parameters += (long) p.value().rows() * p.value().cols();
        }
        double[] values = new double[objectives.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = TrainMetrics.value(objectives.get(k).metric(), objectives.get(k).direction(), history.epochs(),
                    parameters);
        }
        return values;
    }
}
