package org.hyperlab.cli.sweep;

import java.util.Map;
import org.hyperlab.cli.common.Json;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.objective.SweepObjectives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code hyperlab sweep best STUDY}: the best complete trial; the text form is a {@code train} (or {@code descend})
 * command line with the trial's parameters (for a program sweep: the program's command line) (the fixed options of the sweep file are not repeated). No complete trial is a failure (exit 1).
 */
@Command(name = "best", mixinStandardHelpOptions = true, description = "Print the best trial of a study.")
public final class SweepBestCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print the best trial as one JSON document on stdout.")
    boolean json;

    @Mixin
    SweepStudyOptions target;

    @Override
    public void run() {
        target.withStudy((storage, study) -> {
            TrialRecord best = Study.best(storage.trials(study.id()), study).orElseThrow(
                    () -> new IllegalStateException("study '" + target.name + "' has no complete trial yet"));
            if (json) {
                Json.print(spec.commandLine().getOut(), SweepDocuments.trial(best));
                return;
            }
            spec.commandLine().getOut().printf("trial %d: %s = %s%n", best.number(), study.objective().metric(),
                    best.value());
            String command = storage.studyAttrs(study.id()).getOrDefault("command", "train");
            if (command.equals(org.hyperlab.sweep.file.SweepFile.PROGRAM)) {
                spec.commandLine().getOut().println(programLine(storage, study, best));
                spec.commandLine().getOut().flush();
                return;
            }
            spec.commandLine().getOut().println("hyperlab " + command + " " + String.join(" ",
                    SweepObjectives.arguments(Map.of(), best.params(), command.equals("train")
                            ? org.hyperlab.sweep.record.Seeds.trialSeed(study.seed(), best.number()) : null)));
            spec.commandLine().getOut().flush();
        });
    }

    /** The best trial's program command line, its words shell-quoted where needed ({trial_dir} left empty). */
    private static String programLine(org.hyperlab.sweep.storage.StudyStorage storage, org.hyperlab.sweep.record.StudyRecord study,
                                      TrialRecord best) {
        org.hyperlab.sweep.file.SweepFile definition = SweepStoredStudy.open(storage, study.name()).definition();
        Map<String, Object> values = new java.util.LinkedHashMap<>(definition.fixed());
        values.putAll(best.params());
        return String.join(" ", definition.program().arguments(values, best.number(), null).stream()
                .map(w -> w.matches("[A-Za-z0-9_./=:,+-]+") ? w : "'" + w.replace("'", "'\\''") + "'").toList());
    }
}
