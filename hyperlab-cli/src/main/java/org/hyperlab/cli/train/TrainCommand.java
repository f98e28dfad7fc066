package org.hyperlab.cli.train;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hyperlab.cli.common.ConfigOption;
import org.hyperlab.cli.common.Json;
import org.hyperlab.cli.common.UsageException;
import org.hyperlab.core.io.RunDirectories;
import org.hyperlab.core.optim.LearningRateSchedules;
import org.hyperlab.core.optim.Optimizer;
import org.hyperlab.core.run.TrainingRun;
import org.hyperlab.core.run.TrainingRunOptions;
import org.hyperlab.core.run.TrainingRunResult;
import org.hyperlab.core.run.TrainingRunSpec;
import org.hyperlab.core.train.TrainingHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code hyperlab train}: trains an MNIST classifier (the seed's Input → FullyConnected → softmax-cross-entropy by
 * default, deeper with {@code --hidden}), shows progress on stderr and writes a fresh run directory (see
 * {@link RunOutputs}). With {@code --json} stdout carries exactly one document: config, history, bestEpoch,
 * stopReason, final accuracies, runDir. Divergence is a result (exit 0, stop reason {@code diverged}).
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {"Train a classifier on MNIST (fetched on first use) or on CSV files.",
                "With validation, early stopping and a fresh run directory holding the config, history, figures, "
                        + "final accuracies and model."},
        footer = {"", "Examples:",
                "  hyperlab train                             the seed model (Adam 1e-3, cosine)",
                "  hyperlab train --hidden 256 --patience 5   784-256-10 ReLU, early stopping",
                "  hyperlab train --schedule constant --zscore per-feature  as the assignment",
                "  hyperlab train --optimizer sgd --lr 0.1 --schedule step:5:0.5 --epochs 30",
                "  hyperlab train --train-size 1000 --epochs 200 --json",
                "  hyperlab train --train-csv mnist_train.csv --test-csv mnist_test.csv --batch-size 60000"})
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Mixin
    DataOptions data;

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = TrainingRunOptions.DEFAULT_OPTIMIZER,
            description = "sgd, momentum, nesterov, adagrad, rmsprop, adam or adamw (default: ${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = {"--lr", "--learning-rate"}, paramLabel = "RATE",
            description = "Learning rate (default: the optimizer's PyTorch default, 1e-3 for Adam).")
    Double learningRate;

    @Option(names = "--momentum", paramLabel = "MU", description = "Momentum (sgd, momentum, nesterov, rmsprop).")
    Double momentum;

    @Option(names = "--beta1", paramLabel = "B1", description = "Adam's β1 (default 0.9).")
    Double beta1;

    @Option(names = "--beta2", paramLabel = "B2", description = "Adam's β2 (default 0.999).")
    Double beta2;

    @Option(names = "--eps", paramLabel = "EPS", description = "ε of Adam/AdamW/RMSProp/AdaGrad.")
    Double epsilon;

    @Option(names = "--weight-decay", paramLabel = "LAMBDA", description = "Weight decay (L2; decoupled for adamw).")
    Double weightDecay;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = TrainingRunOptions.DEFAULT_BATCH_SIZE,
            description = "Rows per step; at least the training size means full batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = TrainingRunOptions.DEFAULT_EPOCHS, description = "Maximum epochs, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--patience", paramLabel = "N",
            description = "Early stopping: stop after N epochs without improvement of the monitored value.")
    Integer patience;

    @Option(names = "--min-delta", paramLabel = "D", defaultValue = TrainingRunOptions.DEFAULT_MIN_DELTA,
            description = "Early stopping: smallest change that counts as an improvement (default: ${DEFAULT-VALUE}).")
    double minDelta;

    @Option(names = "--monitor", paramLabel = "QUANTITY", defaultValue = TrainingRunOptions.DEFAULT_MONITOR,
            description = "Early stopping watches validation-loss, validation-accuracy, train-loss or train-accuracy "
                    + "(default: ${DEFAULT-VALUE}).")
    String monitor;

    @Option(names = "--no-restore-best", description = "Keep the last weights instead of the best epoch's.")
    boolean noRestoreBest;

    @Option(names = "--tolerance", paramLabel = "TOL", defaultValue = TrainingRunOptions.DEFAULT_TOLERANCE,
            description = "Stop once the training loss changes by less than TOL between epochs (0: off).")
    double tolerance;

    @Option(names = "--hidden", paramLabel = "SIZES", split = ",",
            description = "Hidden layer sizes, e.g. 256 or 512,256: at most 16 layers of 1 to 16384 units and 50 million "
                    + "parameters in all (default: none, the seed's model).")
    List<Integer> hidden = List.of();

    @Option(names = "--activation", paramLabel = "NAME", defaultValue = TrainingRunOptions.DEFAULT_ACTIVATION,
            description = "Hidden activation: relu, tanh or sigmoid (default: ${DEFAULT-VALUE}).")
    String activation;

    @Option(names = "--init", paramLabel = "NAME", defaultValue = TrainingRunOptions.DEFAULT_INIT,
            description = "Weight initializer: xavier-uniform, xavier-normal, he, zeros, constant:V (default: ${DEFAULT-VALUE}).")
    String init;

    @Option(names = "--bias-init", paramLabel = "NAME", defaultValue = TrainingRunOptions.DEFAULT_BIAS_INIT,
            description = "Bias initializer, as --init (default: ${DEFAULT-VALUE}, PyTorch's; the seed used xavier-uniform).")
    String biasInit;

    @Option(names = "--zscore", paramLabel = "MODE",
            description = "Z-scoring of the inputs with training statistics: global (one mean and σ over all pixels, "
                    + "as torchvision's Normalize), per-feature (one per pixel) or off (default: global).")
    String zscore;

    @Option(names = "--no-zscore", description = "Feed raw pixel values (0..255): the same as --zscore off.")
    boolean noZscore;

    @Option(names = "--schedule", paramLabel = "SPEC", defaultValue = TrainingRunOptions.DEFAULT_SCHEDULE,
            description = "Learning-rate schedule: cosine (annealed to 0 over --epochs, the default), "
                    + LearningRateSchedules.FORMS + "; constant is the assignment's.")
    String schedule;

    @Option(names = "--seed", paramLabel = "N", defaultValue = TrainingRunOptions.DEFAULT_SEED,
            description = "Seed for the split, the initial weights and the shuffles (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Kernel threads, 1 to 256 (default: all cores).")
    Integer threads;

    @Option(names = "--precision", paramLabel = "P", defaultValue = TrainingRunOptions.DEFAULT_PRECISION,
            description = "float32 or float64 (default: ${DEFAULT-VALUE}).")
    String precision;

    @Option(names = "--validation-size", paramLabel = "N", defaultValue = TrainingRunOptions.DEFAULT_VALIDATION_SIZE,
            description = "Training rows held out for validation, 0 for none (default: ${DEFAULT-VALUE}).")
    int validationSize;

    @Option(names = "--train-size", paramLabel = "N", description = "Train on a seeded subset of N rows.")
    Integer trainSize;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs",
            description = "Directory under which the fresh run directory is created (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--json", description = "Print one JSON document (config, history, result) on stdout.")
    boolean json;

    @Override
    public void run() {
        PrintWriter err = spec.commandLine().getErr();
        TrainingRun run = prepare(err);
        Map<String, Object> config = resolved(run);
        Path runDir = RunDirectories.create(out, "train");
        RunOutputs outputs = new RunOutputs(runDir);
        outputs.writeConfig(config);
        err.println("train: " + run.model().spec().describe() + ", " + run.optimizer().describe() + ", "
                + run.data().train().size() + " training rows; run directory " + runDir);
        err.flush();
        run.addListener(new ProgressPrinter(err, epochs, System.console() != null));
        run.addListener(outputs.liveHistory(run.model().spec().describe(), run.optimizer().describe()));
        TrainingRunResult result = run.execute();
        TrainingHistory history = result.history();
        outputs.writeResults(result);
        err.println(TrainReport.summary(history, result.scores()));
        if (history.diverged()) {
            err.println(TrainReport.divergenceAdvice(history, (Double) config.get("lr"),
                    run.model().spec().zscore().enabled(), optimizer));
        }
        if (json) {
            Json.print(spec.commandLine().getOut(), TrainReport.document(config, history, result.scores(), runDir));
        } else {
            spec.commandLine().getOut().println(runDir);
        }
    }

    /** The run the flags describe, prepared (data loaded, model built); any inconsistency is a usage error. */
    TrainingRun prepare(PrintWriter err) {
        TrainingRunSpec runSpec = runSpec();
        try {
            return TrainingRun.prepare(runSpec, line -> {
                err.println("train: " + line);
                err.flush();
            });
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** The flags as a training-run spec ({@link TrainingRunOptions}); an invalid value is a usage error. */
    TrainingRunSpec runSpec() {
        try {
            return TrainingRunOptions.spec(options());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** The flags by option name, as {@link TrainingRunOptions} reads them (absent ones left out). */
    private Map<String, Object> options() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("data-dir", data.dataDir);
        o.put("train-csv", data.trainCsv);
        o.put("validation-csv", data.validationCsv);
        o.put("test-csv", data.testCsv);
        o.put("optimizer", optimizer);
        o.putAll(hyperparameters());
        o.put("batch-size", batchSize);
        o.put("epochs", epochs);
        o.put("patience", patience);
        o.put("min-delta", minDelta);
        o.put("monitor", monitor);
        o.put("no-restore-best", noRestoreBest);
        o.put("tolerance", tolerance);
        o.put("hidden", hidden.isEmpty() ? null : hidden);
        o.put("activation", activation);
        o.put("init", init);
        o.put("bias-init", biasInit);
        o.put("zscore", zscore);
        o.put("no-zscore", noZscore);
        o.put("schedule", schedule);
        o.put("seed", seed);
        o.put("threads", threads);
        o.put("precision", precision);
        o.put("validation-size", validationSize);
        o.put("train-size", trainSize);
        o.values().removeIf(Objects::isNull);
        return o;
    }

    /** Only the hyperparameters the user gave: the optimizer fills in PyTorch's defaults for the rest. */
    private Map<String, Object> hyperparameters() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("lr", learningRate);
        h.put("momentum", momentum);
        h.put("beta1", beta1);
        h.put("beta2", beta2);
        h.put("eps", epsilon);
        h.put("weight-decay", weightDecay);
        return h;
    }

    /** The resolved configuration, keyed by flag names so that {@code --config config.json} repeats the run. */
    private Map<String, Object> resolved(TrainingRun run) {
        Optimizer opt = run.optimizer();
        Map<String, Object> c = new LinkedHashMap<>(run.data().description());
        c.put("optimizer", optimizer);
        c.put("lr", opt.learningRate());
        hyperparameters().forEach((k, v) -> {
            if (v != null && !k.equals("lr")) {
                c.put(k, v);
            }
        });
        c.put("batch-size", batchSize);
        c.put("epochs", epochs);
        if (patience != null) {
            c.put("patience", patience);
            c.put("min-delta", minDelta);
            c.put("monitor", monitor);
            c.put("no-restore-best", noRestoreBest);
        }
        c.put("tolerance", tolerance);
        if (!hidden.isEmpty()) {
            c.put("hidden", hidden); // an empty list would reach --config as an empty (invalid) value
        }
        c.put("activation", activation);
        c.put("init", init);
        c.put("bias-init", biasInit);
        c.put("zscore", run.model().spec().zscore().label());
        c.put("schedule", schedule);
        c.put("seed", seed);
        c.put("threads", run.threads());
        c.put("precision", precision);
        return c;
    }
}
