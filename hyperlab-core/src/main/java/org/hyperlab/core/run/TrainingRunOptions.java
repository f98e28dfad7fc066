package org.hyperlab.core.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hyperlab.core.data.MnistFiles;
import org.hyperlab.core.model.HiddenActivation;
import org.hyperlab.core.model.ModelSpec;
import org.hyperlab.core.nn.ZScoring;
import org.hyperlab.core.optim.LearningRateSchedule;
import org.hyperlab.core.optim.LearningRateSchedules;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.train.EarlyStopping;
import org.hyperlab.core.train.Monitor;
import org.hyperlab.core.train.TrainingConfig;

/**
 * The one mapping from {@code train}'s option names (long names without dashes, as in sweep files and
 * {@code --config} files) to a {@link TrainingRunSpec}, with each option's default. Values may be typed (YAML
 * numbers, booleans, lists) or text; each is checked for its option's type ({@code batch-size: 4294967297} is out of
 * range for an integer, {@code lr: fast} is not a number) and the whole spec is validated as it is built. Absent or
 * null values take the defaults below; {@code false} for a flag ({@code no-zscore}, {@code no-restore-best}) is the
 * same as leaving it out. {@code hidden} is {@code 256}, {@code "512,256"} or a list. {@code lr} and
 * {@code learning-rate} name one option: giving both is an error.
 */
public final class TrainingRunOptions {
    public static final String DEFAULT_OPTIMIZER = "adam";
    public static final String DEFAULT_BATCH_SIZE = "128";
    public static final String DEFAULT_EPOCHS = "20";
    public static final String DEFAULT_MIN_DELTA = "0";
    public static final String DEFAULT_MONITOR = "validation-loss";
    public static final String DEFAULT_TOLERANCE = "0";
    public static final String DEFAULT_ACTIVATION = "relu";
    public static final String DEFAULT_INIT = "xavier-uniform";
    public static final String DEFAULT_BIAS_INIT = "zeros";
    public static final String DEFAULT_SCHEDULE = "cosine";
    public static final String DEFAULT_SEED = "1";
    public static final String DEFAULT_PRECISION = "float32";
    public static final String DEFAULT_VALIDATION_SIZE = "10000";

    /** Option names that set an optimizer hyperparameter besides the learning rate (the same keys in the optimizer). */
    private static final List<String> HYPERPARAMETERS = List.of("momentum", "beta1", "beta2", "eps", "weight-decay");

    /** Every option name this mapping accepts. */
    public static final Set<String> NAMES = Set.copyOf(new TreeSet<>(List.of("data-dir", "train-csv",
            "validation-csv", "test-csv", "optimizer", "lr", "learning-rate", "momentum", "beta1", "beta2", "eps",
            "weight-decay", "batch-size", "epochs", "patience", "min-delta", "monitor", "no-restore-best", "tolerance",
            "hidden", "activation", "init", "bias-init", "zscore", "no-zscore", "schedule", "seed", "threads",
            "precision", "validation-size", "train-size")));

    private TrainingRunOptions() {
    }

    /**
     * The spec the options describe. An unknown name, a value of the wrong type or out of range, or an inconsistent
     * combination is an {@link IllegalArgumentException} naming the option.
     */
    public static TrainingRunSpec spec(Map<String, ?> options) {
        OptionValues v = new OptionValues(options, NAMES, "train");
        Precision precision = Precision.parse(v.text("precision", DEFAULT_PRECISION));
        int epochs = TrainingConfig.requireEpochs(v.integer("epochs", DEFAULT_EPOCHS));
        Integer patience = v.integerOrNull("patience");
        EarlyStopping stopping = patience == null ? null
                : new EarlyStopping(Monitor.parse(v.text("monitor", DEFAULT_MONITOR)), patience,
                        v.number("min-delta", DEFAULT_MIN_DELTA), !v.flag("no-restore-best"));
        TrainingConfig training = new TrainingConfig(epochs, v.integer("batch-size", DEFAULT_BATCH_SIZE),
                v.longInteger("seed", DEFAULT_SEED), schedule(v.text("schedule", DEFAULT_SCHEDULE), epochs), stopping,
                v.number("tolerance", DEFAULT_TOLERANCE));
        List<Integer> hidden = v.integers("hidden");
        ModelSpec model = new ModelSpec(TrainingData.FEATURES, hidden == null ? List.of() : hidden,
                HiddenActivation.parse(v.text("activation", DEFAULT_ACTIVATION)), MnistFiles.CLASSES,
                zScoring(v.textOrNull("zscore"), v.flag("no-zscore")), v.text("init", DEFAULT_INIT),
                v.text("bias-init", DEFAULT_BIAS_INIT), precision, false);
        Map<String, Object> hyper = new LinkedHashMap<>();
        hyper.put("lr", v.numberOrNull(v.either("lr", "learning-rate")));
        HYPERPARAMETERS.forEach(name -> hyper.put(name, v.numberOrNull(name)));
        DataSource source = new DataSource(v.path("data-dir"), v.path("train-csv"), v.path("validation-csv"),
                v.path("test-csv"));
        RunData data = new RunData.Files(source, v.integer("validation-size", DEFAULT_VALIDATION_SIZE),
                v.integerOrNull("train-size"));
        return new TrainingRunSpec(data, model, new OptimizerSpec(v.text("optimizer", DEFAULT_OPTIMIZER), hyper),
                training, v.integerOrNull("threads"));
    }

    /**
     * Parses a schedule; plain {@code cosine} anneals over the maximum epochs ({@code cosine:EPOCHS}:
     * {@code CosineAnnealingLR} with {@code T_max} = epochs, η_min 0).
     */
    public static LearningRateSchedule schedule(String text, int epochs) {
        return LearningRateSchedules.parse(text.trim().equalsIgnoreCase("cosine") ? "cosine:" + epochs : text);
    }

    /** {@code zscore} (null: the default), {@code no-zscore} (off); contradicting values are an error. */
    public static ZScoring zScoring(String zscore, boolean noZscore) {
        ZScoring mode = zscore == null ? ModelSpec.DEFAULT_ZSCORING : ZScoring.parse(zscore);
        if (noZscore && mode.enabled() && zscore != null) {
            throw new IllegalArgumentException("--no-zscore contradicts --zscore " + zscore + "; give one of them");
        }
        return noZscore ? ZScoring.OFF : mode;
    }
}
