package org.hyperlab.cli.sweep;

import java.nio.file.Path;
import org.hyperlab.core.io.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hyperlab sweep export STUDY --csv [FILE]}: one CSV row per trial, to stdout or (atomically) to a file. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export a study's trials as CSV.")
public final class SweepExportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--csv", required = true, arity = "0..1", paramLabel = "FILE", fallbackValue = "-",
            description = "Write CSV to FILE (default or '-': stdout).")
    String csv;

    @Mixin
    SweepStudyOptions target;

    @Override
    public void run() {
        target.withStudy((storage, study) -> {
            String text = SweepDocuments.csv(storage.trials(study.id()));
            if (csv.equals("-")) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            } else {
                AtomicFiles.writeString(Path.of(csv), text);
                spec.commandLine().getErr().println("sweep: wrote " + csv);
            }
        });
    }
}
