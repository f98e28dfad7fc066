package org.hyperlab.cli.sweep;

import org.hyperlab.cli.common.ExitCodes;
import org.hyperlab.cli.common.UsageException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hyperlab.sweep.file.StudyDefinitions;
import org.hyperlab.sweep.file.SweepFile;
import org.hyperlab.sweep.file.SweepFileException;
import org.hyperlab.sweep.file.SweepFileReader;
import org.hyperlab.sweep.storage.StudyExistsException;
import org.hyperlab.sweep.storage.StudyStorage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hyperlab sweep create SWEEP.yaml}: validates the file and creates its study with the whole definition
 * stored, without running a trial; prints the study's name. Trials then come from {@code sweep ask}/{@code tell}
 * (any language) or {@code sweep run --resume}.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create a study from a sweep file without running anything (for ask/tell).",
        footer = {"", "Examples:",
                "  hyperlab sweep create examples/sweep-logreg.yaml --storage jdbc:sqlite:/tmp/s.db",
                "  hyperlab sweep ask logreg-tpe --storage jdbc:sqlite:/tmp/s.db"})
public final class SweepCreateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP_FILE", description = "The sweep file (YAML, or JSON by extension).")
    Path file;

    @Option(names = "--study", paramLabel = "NAME", description = "Study name (default: the file's 'study', else its base name).")
    String study;

    @Option(names = "--trials", paramLabel = "N", description = "The study's trial budget (default: the file's 'trials').")
    Integer trials;

    @Mixin
    SweepStorageOptions store;

    @Override
    public Integer call() {
        SweepFile sweep;
        try {
            sweep = SweepFileReader.load(file);
        } catch (SweepFileException e) {
            throw new UsageException(e.getMessage(), e);
        }
        int budget = trials != null ? trials : sweep.trials();
        if (budget < 1) {
            throw new UsageException("--trials must be at least 1, got " + budget);
        }
        String name = SweepRunCommand.studyName(study, sweep, file);
        try (StudyStorage storage = store.open()) {
            SweepRunCommand.createStudy(storage, name, sweep, file, budget);
            spec.commandLine().getOut().println(name);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (StudyExistsException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
