package org.hyperlab.sweep.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.objective.TrainObjective;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.storage.InMemoryStudyStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code when:} in sweep files: one-line errors naming the file and the parameter's line, the checks of a train
 * sweep's options with the conditions applied, and a train sweep whose momentum is searched only for the momentum
 * optimizer (needs MNIST in the default location, as CI has it).
 */
class ConditionalSweepFileTest {
    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private String error(Path file) {
        SweepFileException e = assertThrows(SweepFileException.class, () -> SweepFileReader.load(file));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void conditionErrorsNameTheFileAndTheParametersLine() throws Exception {
        Path unknown = file("unknown.yaml", "study: s", "params:", "  optimizer: [sgd, momentum]",
                "  lr: {type: float, low: 1.0e-4, high: 0.1, log: true}", "",
                "  momentum: {type: float, low: 0.5, high: 0.99, when: {optimiser: momentum}}");
        assertEquals("sweep file " + unknown + ", line 6: parameter 'momentum': when: 'optimiser' is not a parameter "
                + "of the space (expected one of optimizer, lr)", error(unknown));
        Path value = file("value.yaml", "params:", "  optimizer: [sgd, momentum]",
                "  momentum: {type: float, low: 0.5, high: 0.99, when: {optimizer: [momentum, nesterov]}}");
        assertTrue(error(value).startsWith("sweep file " + value + ", line 3: parameter 'momentum': when: optimizer = "
                + "nesterov is not a value of 'optimizer'"), error(value));
        Path floatParent = file("float.json", "{\"params\": {",
                "  \"lr\": {\"type\": \"float\", \"low\": 0.001, \"high\": 0.1},",
                "  \"momentum\": {\"type\": \"float\", \"low\": 0.5, \"high\": 0.99, \"when\": {\"lr\": 0.01}}}}");
        assertEquals("sweep file " + floatParent + ", line 3: parameter 'momentum': when: 'lr' is a float parameter; "
                + "a condition needs a categorical or int parent", error(floatParent));
        Path cycle = file("cycle.yaml", "params:",
                "  optimizer: {choices: [sgd, momentum], when: {momentum: 0.9}}",
                "  momentum: {choices: [0.5, 0.9], when: {optimizer: momentum}}");
        assertTrue(error(cycle).startsWith("sweep file " + cycle + ", line 2: parameter 'optimizer': when: the "
                + "conditions form a cycle (optimizer -> momentum -> optimizer)"), error(cycle));
    }

    @Test
    void aConditionalParameterIsNoPlaceholderOfAProgram() throws Exception {
        Path program = file("program.yaml", "objective: {command: [echo, \"{lr}\", \"{momentum}\"], metric: loss}",
                "params:", "  optimizer: [sgd, momentum]", "  lr: [0.1, 0.01]",
                "  momentum: {choices: [0.5, 0.9], when: {optimizer: momentum}}");
        assertTrue(error(program).startsWith("sweep file " + program + ", line 5: parameter 'momentum' is conditional "
                + "(when:) and absent from some trials, so it cannot be a {momentum} placeholder"), error(program));
    }

    @Test
    void aProgramGetsOnlyTheActiveParametersInItsEnvironmentAndParamsFile() throws Exception {
        // the program's value says whether HYPERLAB_PARAM_MOMENTUM was set: 1 when it was, 2 when not
        Path sweep = file("env.yaml", "objective:",
                "  command: [sh, -c, 'if [ -n \"${HYPERLAB_PARAM_MOMENTUM+set}\" ]; then echo loss=1; else echo loss=2; fi']",
                "  metric: loss", "seed: 5", "trials: 8", "sampler: {type: random}", "pruner: {type: none}", "params:",
                "  optimizer: [sgd, momentum]", "  momentum: {choices: [0.5, 0.9], when: {optimizer: momentum}}");
        SweepFile f = SweepFileReader.load(sweep);
        Study study = Study.create(new InMemoryStudyStorage(), "program-conditional", f.objective(), f.seed(),
                f.buildSampler(), f.buildPruner());
        Path trialsDir = Files.createDirectories(dir.resolve("trials"));
        study.optimize(f.objectiveFunction(trialsDir, dir), f.trials(), 1);
        Set<Boolean> seen = new java.util.HashSet<>();
        for (TrialRecord t : study.trials()) {
            boolean active = t.params().containsKey("momentum");
            seen.add(active);
            assertEquals(active, "momentum".equals(t.params().get("optimizer")), t.params().toString());
            assertEquals(active ? 1.0 : 2.0, t.value(), "trial " + t.number() + " " + t.params());
            String json = Files.readString(trialsDir.resolve("trial-" + t.number()).resolve("params.json"));
            assertEquals(active, json.contains("\"momentum\" :") || json.contains("\"momentum\":"), json);
        }
        assertEquals(Set.of(true, false), seen);
    }

    @Test
    void trainOptionsAreCheckedWithOnlyTheActiveParameters() throws Exception {
        // momentum for adam is rejected by train; searched only for momentum, the file is valid
        Path always = file("always.yaml", "params:", "  optimizer: [adam, momentum]",
                "  momentum: {type: float, low: 0.5, high: 0.99}");
        assertTrue(error(always).contains("optimizer = adam: adam: unknown hyperparameter 'momentum'"), error(always));
        assertTrue(error(always).endsWith("; if 'momentum' applies only to some values of 'optimizer', search it only "
                + "for them: momentum: {..., when: {optimizer: [...]}}"), error(always));
        Path conditional = file("conditional.yaml", "params:", "  optimizer: [adam, momentum]",
                "  momentum: {type: float, low: 0.5, high: 0.99, when: {optimizer: momentum}}");
        assertTrue(SweepFileReader.load(conditional).space().isConditional("momentum"));
        Path wrongBranch = file("wrong.yaml", "params:", "  optimizer: [adam, momentum]",
                "  beta1: {type: float, low: 0.5, high: 0.99, when: {optimizer: momentum}}");
        assertTrue(error(wrongBranch).contains("'params': optimizer = momentum: momentum: unknown hyperparameter 'beta1'"),
                error(wrongBranch));
    }

    @Test
    void aTrainSweepStoresMomentumOnlyForTheMomentumOptimizer() throws Exception {
        Path sweep = file("train.yaml", "seed: 2", "trials: 6", "sampler: {type: random}", "pruner: {type: none}",
                "fixed: {epochs: 1, train-size: 200, validation-size: 100, threads: 1}", "params:",
                "  optimizer: [sgd, momentum]", "  lr: {type: float, low: 1.0e-3, high: 0.1, log: true}",
                "  momentum: {type: float, low: 0.5, high: 0.99, when: {optimizer: momentum}}");
        SweepFile f = SweepFileReader.load(sweep);
        Study study = Study.create(new InMemoryStudyStorage(), "train-conditional", f.objective(), f.seed(),
                f.buildSampler(), f.buildPruner());
        study.optimize(f.objectiveFunction(), f.trials(), 1);
        List<TrialRecord> trials = study.trials();
        assertEquals(6, trials.size());
        Set<Object> optimizers = new java.util.HashSet<>();
        for (TrialRecord t : trials) {
            assertEquals(TrialState.COMPLETE, t.state(), t.message());
            boolean momentum = "momentum".equals(t.params().get("optimizer"));
            optimizers.add(t.params().get("optimizer"));
            assertEquals(momentum ? Set.of("optimizer", "lr", "momentum") : Set.of("optimizer", "lr"),
                    t.params().keySet(), "trial " + t.number());
            String options = t.attrs().get("user:" + TrainObjective.OPTIONS_ATTRIBUTE);
            assertEquals(momentum, options.contains("\"momentum\":"), options);
        }
        assertEquals(Set.of("sgd", "momentum"), optimizers);
    }
}
