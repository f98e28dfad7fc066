package org.hyperlab.cli.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hyperlab.cli.CliRun;
import org.hyperlab.cli.common.Json;
import org.hyperlab.core.model.ModelFile;
import org.hyperlab.core.model.ModelSpec;
import org.hyperlab.core.nn.ZScoring;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
    @TempDir
    static Path dir;
    static Path train;
    static Path test;

    @BeforeAll
    static void data() throws Exception {
        train = TinyDigits.write(dir, "train.csv", 90, 1);
        test = TinyDigits.write(dir, "test.csv", 30, 2);
    }

    /** Runs train with base flags, each replaced by the same flag in {@code extra} when given there. */
    private static CliRun train(String... extra) {
        String[] base = {"--train-csv", train.toString(), "--test-csv", test.toString(), "--validation-size", "30",
                "--batch-size", "16", "--epochs", "4", "--lr", "0.01", "--threads", "1",
                "--out", dir.resolve("runs").toString()};
        List<String> overridden = List.of(extra);
        List<String> args = new ArrayList<>(List.of("train", "--json"));
        for (int i = 0; i < base.length; i += 2) {
            if (!overridden.contains(base[i])) {
                args.add(base[i]);
                args.add(base[i + 1]);
            }
        }
        args.addAll(overridden);
        return CliRun.of(args.toArray(new String[0]));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonDocumentHasExactlyTheIssuesShapeAndTheRunDirectoryItsFiles() throws Exception {
        CliRun run = train();
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = Json.mapper().readTree(run.out());
        assertEquals(List.of("config", "history", "bestEpoch", "stopReason", "final", "runDir"), fieldNames(doc));
        assertEquals(4, doc.get("history").size());
        assertEquals(List.of("epoch", "trainLoss", "validationLoss", "trainAccuracy", "validationAccuracy", "seconds"),
                fieldNames(doc.get("history").get(0)));
        assertEquals("max-epochs", doc.get("stopReason").asText());
        assertEquals(List.of("trainAccuracy", "validationAccuracy", "testAccuracy"), fieldNames(doc.get("final")));
        assertEquals(1.0, doc.get("final").get("testAccuracy").asDouble(), 0.0);
        assertEquals(60, doc.get("config").get("train-size").asInt());
        assertEquals("adam", doc.get("config").get("optimizer").asText());
        Path runDir = Path.of(doc.get("runDir").asText());
        for (String file : List.of("config.json", "model.safetensors", "history.csv", "history.json", "final.json", "confusion-matrix.csv",
                "loss.png", "loss.svg", "accuracy.png", "accuracy.svg", "confusion-matrix.png", "confusion-matrix.svg")) {
            assertTrue(Files.size(runDir.resolve(file)) > 0, file);
        }
        assertEquals(5, Files.readAllLines(runDir.resolve("history.csv")).size());
        assertTrue(Files.readString(runDir.resolve("confusion-matrix.csv")).startsWith("true\\predicted,0,1,2,3"));
        assertTrue(Files.readString(runDir.resolve("confusion-matrix.svg")).contains("Confusion matrix, test set"));
        assertTrue(run.err().contains("epoch 4/4  train J"), run.err());

        CliRun evaluated = CliRun.of("evaluate", "--model", runDir.toString(), "--test-csv", test.toString(), "--json");
        assertEquals(0, evaluated.exitCode(), evaluated.err());
        JsonNode scored = Json.mapper().readTree(evaluated.out());
        assertEquals(doc.get("final").get("testAccuracy").asDouble(), scored.get("accuracy").asDouble(), 0.0);
        assertEquals(30, scored.get("rows").asInt());
        JsonNode finalFile = Json.mapper().readTree(runDir.resolve("final.json").toFile());
        assertEquals(finalFile.get("testLoss").asDouble(), scored.get("loss").asDouble(), 0.0);

        CliRun again = CliRun.of("train", "--config", runDir.resolve("config.json").toString(), "--out",
                dir.resolve("rerun").toString(), "--json");
        assertEquals(0, again.exitCode(), again.err());
        JsonNode rerun = Json.mapper().readTree(again.out());
        assertEquals(doc.get("history").get(3).get("trainLoss").asDouble(),
                rerun.get("history").get(3).get("trainLoss").asDouble(), 0.0, "config.json repeats the run");
    }

    @Test
    void helpShowsExamples() {
        for (String command : List.of("train", "evaluate")) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode());
            assertTrue(run.out().contains("Examples:") && run.out().contains("hyperlab " + command), run.out());
        }
    }

    @Test
    void evaluateRejectsAMissingModelAsAUsageError() {
        CliRun run = CliRun.of("evaluate", "--model", dir.resolve("nowhere").toString(), "--test-csv", test.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("nowhere"), run.err());
    }

    @Test
    void evaluateNamesAClassCountThatDisagreesWithTheData() {
        Path twoClasses = dir.resolve("two-classes.safetensors");
        ModelFile.save(twoClasses, ModelSpec.of(784, 2).withZscore(false).build(0));
        CliRun run = CliRun.of("evaluate", "--model", twoClasses.toString(), "--test-csv", test.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("is a model of 2 classes, but " + test + " has labels of 10 classes (0..9)"),
                run.err());
    }

    @Test
    void sameSeedSameHistoryNumberForNumberAndANewRunDirectoryEachTime() throws Exception {
        JsonNode a = Json.mapper().readTree(train("--seed", "5").out());
        JsonNode b = Json.mapper().readTree(train("--seed", "5").out());
        for (int e = 0; e < 4; e++) {
            for (String key : List.of("trainLoss", "validationLoss", "trainAccuracy", "validationAccuracy")) {
                assertEquals(a.get("history").get(e).get(key).asDouble(), b.get("history").get(e).get(key).asDouble(), 0.0);
            }
        }
        assertTrue(!a.get("runDir").asText().equals(b.get("runDir").asText()));
    }

    @Test
    void zscoreModesAreRecordedInConfigAndModelAndChangeTheRun() throws Exception {
        JsonNode global = Json.mapper().readTree(train().out());
        JsonNode perFeature = Json.mapper().readTree(train("--zscore", "per-feature").out());
        JsonNode off = Json.mapper().readTree(train("--no-zscore").out());
        assertEquals("global", global.get("config").get("zscore").asText()); // the default
        assertEquals("per-feature", perFeature.get("config").get("zscore").asText());
        assertEquals("off", off.get("config").get("zscore").asText());
        double g = global.get("history").get(0).get("trainLoss").asDouble();
        assertTrue(g != perFeature.get("history").get(0).get("trainLoss").asDouble());
        assertTrue(g != off.get("history").get(0).get("trainLoss").asDouble());
        Path model = Path.of(perFeature.get("runDir").asText()).resolve("model.safetensors");
        assertEquals(ZScoring.PER_FEATURE, ModelFile.load(model).spec().zscore());
        CliRun again = train("--zscore", "per-feature", "--no-zscore");
        assertEquals(2, again.exitCode(), again.err());
        assertTrue(again.err().contains("--no-zscore contradicts --zscore per-feature"), again.err());
    }

    @Test
    void defaultScheduleIsCosineAnnealingOverTheEpochs() throws Exception {
        CliRun run = train(); // --lr 0.01 --epochs 4
        JsonNode doc = Json.mapper().readTree(run.out());
        assertEquals("cosine", doc.get("config").get("schedule").asText());
        // lr_e = 0.01·(1 + cos(π·e/4))/2 for e = 0..3: 0.01, 0.0085355, 0.005, 0.0014645
        for (String lr : List.of("lr 0.0100 ", "lr 0.00854 ", "lr 0.00500 ", "lr 0.00146 ")) {
            assertTrue(run.err().contains(lr), lr + " in " + run.err());
        }
        CliRun constant = train("--schedule", "constant");
        assertEquals(4, constant.err().split("lr 0.0100 ", -1).length - 1, constant.err());
    }

    @Test
    void earlyStoppingOnTrainingLossWithoutValidation() throws Exception {
        CliRun run = train("--validation-size", "0", "--patience", "0", "--monitor", "train-loss", "--epochs", "50",
                "--optimizer", "sgd", "--lr", "0");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = Json.mapper().readTree(run.out());
        assertEquals("early-stopping", doc.get("stopReason").asText()); // lr 0: epoch 2 cannot improve on epoch 1
        assertEquals(2, doc.get("history").size());
        assertTrue(doc.get("history").get(0).get("validationLoss").isNull());
        assertTrue(doc.get("final").get("validationAccuracy").isNull());
    }

    @Test
    void divergenceIsAResultWithHistoryAndAdvice() throws Exception {
        CliRun run = train("--optimizer", "sgd", "--lr", "1e36", "--no-zscore");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = Json.mapper().readTree(run.out());
        assertEquals("diverged", doc.get("stopReason").asText());
        assertTrue(run.err().contains("diverged in epoch"), run.err());
        assertTrue(run.err().contains("smaller learning rate") && run.err().contains("drop --no-zscore"), run.err());
    }

    @Test
    void badFlagsAreUsageErrorsOnOneLine() {
        for (String[] bad : new String[][] {
                {"--optimizer", "lbfgs"}, {"--schedule", "linear"}, {"--activation", "softplus"}, {"--lr", "-1"},
                {"--patience", "2", "--validation-size", "0"}, {"--beta1", "1.5"}, {"--momentum", "0.9"},
                {"--zscore", "minmax"}, {"--zscore", "global", "--no-zscore"}}) {
            CliRun run = train(bad);
            assertEquals(2, run.exitCode(), String.join(" ", bad) + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(!run.err().contains("specified only once"), run.err());
            assertTrue(run.out().isEmpty());
        }
    }
}
