package org.hyperlab.sweep.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.storage.InMemoryStudyStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sweep file under {@code examples/} and every YAML block of {@code docs/sweeps.md} parses, validates and runs
 * as written, with a tiny budget: 2 trials, and for training sweeps 1 epoch on 200 MNIST rows (MNIST must be installed
 * in the default location, as CI does); programs ({@code objective.command}) run as written, from the repository root.
 */
class SweepExamplesTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    private static final Path GUIDE = Path.of("..", "docs", "sweeps.md");

    @TempDir
    Path dir;

    /** The files under {@code examples/}, then every {@code yaml} block of the guide written to a file. */
    private List<Path> examples() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            all.addAll(files.filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList());
        }
        Matcher block = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(GUIDE));
        for (int i = 0; block.find(); i++) {
            all.add(Files.writeString(dir.resolve("guide-" + i + ".yaml"), block.group(1)));
        }
        return all;
    }

    /** The file's fixed values with the budget cut down, leaving searched options alone. */
    private static SweepFile tiny(SweepFile f) {
        Map<String, Object> fixed = new LinkedHashMap<>(f.fixed());
        Map<String, Object> budget = f.command().equals("descend") ? Map.of("epochs", 20)
                : f.program() != null ? Map.of()
                : Map.of("epochs", 1, "train-size", 200, "validation-size", 100, "threads", 1);
        budget.forEach((k, v) -> {
            if (!f.space().parameters().containsKey(k)) {
                fixed.put(k, v);
            }
        });
        return new SweepFile(f.file(), f.command(), f.study(), f.metric(), f.objective(), f.seed(), 2, f.sampler(),
                f.pruner(), f.space(), fixed, f.program(), f.document(), f.objectives());
    }

    @Test
    void everyExampleParsesValidatesAndRunsWithATinyBudget() throws IOException {
        List<Path> files = examples();
        assertTrue(files.size() >= 7, "examples found: " + files);
        for (Path file : files) {
            SweepFile f = tiny(SweepFileReader.load(file));
            Study study = Study.create(new InMemoryStudyStorage(), f.study() != null ? f.study() : "example",
                    f.objectives(), f.seed(), f.buildSampler(), f.buildPruner());
            // programs run from the repository's root, as the examples' relative paths expect
            study.optimize(f.objectiveFunction(Files.createDirectories(dir.resolve("trials-" + file.getFileName())),
                    Path.of("..").toAbsolutePath().normalize()), f.trials(), 1);
            // a grid sampler queues all its points up front: the ones not run yet stay waiting
            List<TrialRecord> trials = study.trials().stream().filter(t -> t.state() != TrialState.WAITING).toList();
            assertEquals(2, trials.size(), file + ": " + study.trials());
            for (TrialRecord t : trials) {
                assertFalse(t.state() == TrialState.FAILED, file + ": trial " + t.number() + " failed: " + t.message());
                assertEquals(t.state() == TrialState.COMPLETE ? f.objectives().size() : 0, t.values().size(),
                        file + ": trial " + t.number() + " has a value per objective");
                assertFalse(t.intermediate().isEmpty(), file + ": trial " + t.number() + " reported nothing");
            }
        }
    }
}
