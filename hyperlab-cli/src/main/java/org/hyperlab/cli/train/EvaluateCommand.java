package org.hyperlab.cli.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hyperlab.cli.common.ConfigOption;
import org.hyperlab.cli.common.Json;
import org.hyperlab.cli.common.UsageException;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.data.MnistFiles;
import org.hyperlab.core.data.MnistRepository;
import org.hyperlab.core.model.Model;
import org.hyperlab.core.model.ModelFile;
import org.hyperlab.core.run.FinalScores;
import org.hyperlab.core.run.TrainingData;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.train.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code hyperlab evaluate}: reloads a saved model (a run directory's {@code model.safetensors}, bit for bit) and
 * scores it on the MNIST test set, or on the test data given, printing the accuracy (argmax against the labels)
 * that {@code train} reported in {@code final.json}.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Re-evaluate a saved model on the MNIST test set or on given test data.",
        footer = {"", "Examples:",
                "  hyperlab evaluate --model runs/train-20261126-101213",
                "  hyperlab evaluate --model runs/train-20261126-101213/model.safetensors --test-csv mnist_test.csv --json"})
public final class EvaluateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--model", paramLabel = "RUN_DIR|FILE", required = true,
            description = "A run directory written by 'hyperlab train', or its model file.")
    Path model;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Use the MNIST test IDX files (raw or .gz) in DIR.")
    Path dataDir;

    @Option(names = "--test-csv", paramLabel = "FILE", description = "Test data as CSV (label, then 784 pixel values).")
    Path testCsv;

    @Option(names = "--json", description = "Print one JSON document (model, data, rows, accuracy, loss) on stdout.")
    boolean json;

    @Override
    public void run() {
        if (dataDir != null && testCsv != null) {
            throw new UsageException("--data-dir and --test-csv both name test data; give one");
        }
        Path file = Files.isDirectory(model) ? model.resolve(RunOutputs.MODEL) : model;
        Model loaded = ModelFile.load(file);
        Precision precision = loaded.spec().precision();
        var err = spec.commandLine().getErr();
        Dataset test;
        String source;
        if (testCsv != null) {
            test = TrainingData.csv(testCsv, precision);
            source = testCsv.toString();
        } else {
            Path dir = dataDir != null ? dataDir : MnistFiles.defaultDirectory();
            if (dataDir == null) {
                MnistRepository.standard().ensurePresent(line -> {
                    err.println("evaluate: " + line);
                    err.flush();
                });
            }
            test = MnistRepository.loadFrom(dir, precision).test();
            source = dir.toString();
        }
        if (test.featureCount() != loaded.spec().inputSize()) {
            throw new UsageException(source + " has " + test.featureCount() + " features per row, the model expects "
                    + loaded.spec().inputSize());
        }
        if (test.numClasses() != loaded.spec().classes()) {
            throw new UsageException(file + " is a model of " + loaded.spec().classes() + " classes, but " + source
                    + " has labels of " + test.numClasses() + " classes (0.." + (test.numClasses() - 1) + ")");
        }
        Evaluation result = FinalScores.evaluate(loaded.network(), test);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("model", file.toString());
            doc.put("data", source);
            doc.put("rows", test.size());
            doc.put("accuracy", Json.finiteOrNull(result.accuracy()));
            doc.put("loss", Json.finiteOrNull(result.loss()));
            Json.print(spec.commandLine().getOut(), doc);
        } else {
            spec.commandLine().getOut().println(String.format(Locale.ROOT, "test accuracy %.4f (%d rows), loss %.4f",
                    result.accuracy(), test.size(), result.loss()));
        }
    }
}
