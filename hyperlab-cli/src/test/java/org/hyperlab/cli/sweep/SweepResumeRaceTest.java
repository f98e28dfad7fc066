package org.hyperlab.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.file.SweepFile;
import org.hyperlab.sweep.file.SweepFileReader;
import org.hyperlab.sweep.storage.InMemoryStudyStorage;
import org.hyperlab.sweep.storage.StudyStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code sweep run --resume} starting one new study at the same moment: the one whose lookup found nothing but
 * whose insert lost joins the study the other created, instead of failing with "study exists (pass --resume)".
 * The race is made certain: the store creates the study right after answering the first lookup with nothing.
 */
class SweepResumeRaceTest {
    @TempDir
    Path dir;

    @Test
    void theLoserOfTheInsertJoinsTheStudyTheWinnerCreated() throws Exception {
        Path file = Files.writeString(dir.resolve("race.yaml"), String.join("\n",
                "command: descend", "objective: {metric: final-J}", "seed: 0", "trials: 1",
                "sampler: {type: random}", "pruner: {type: none}", "fixed: {epochs: 3, w0: 1}",
                "params:", "  lr: {type: float, low: 1.0e-3, high: 0.1, log: true}", ""));
        SweepFile sweep = SweepFileReader.load(file);
        StudyStorage store = createdByAnotherProcessAfterTheFirstLookup(new InMemoryStudyStorage(), sweep);

        SweepRunCommand command = new SweepRunCommand();
        command.resume = true;
        command.file = file;
        StringWriter err = new StringWriter();
        Study study = command.open(store, "race", sweep, sweep.buildSampler(), new PrintWriter(err, true), 1);

        assertEquals("race", study.record().name());
        assertEquals(store.findStudy("race").orElseThrow().id(), study.record().id(), "the winner's study");
        assertTrue(err.toString().contains("resuming 'race'"), err.toString());
    }

    /** {@code delegate}, except that its first {@code findStudy} creates the study and still answers "none". */
    private static StudyStorage createdByAnotherProcessAfterTheFirstLookup(StudyStorage delegate, SweepFile sweep) {
        AtomicBoolean first = new AtomicBoolean(true);
        return (StudyStorage) Proxy.newProxyInstance(StudyStorage.class.getClassLoader(),
                new Class<?>[] {StudyStorage.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findStudy") && first.getAndSet(false)) {
                        delegate.createStudy((String) args[0], sweep.objective(), sweep.seed());
                        return Optional.empty();
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
