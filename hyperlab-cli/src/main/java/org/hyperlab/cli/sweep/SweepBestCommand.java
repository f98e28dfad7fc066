package org.hyperlab.cli.sweep;

import java.util.Map;
import org.hyperlab.cli.common.Json;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.TrialRecord;
import org.hyperlab.sweep.objective.SweepObjectives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code hyperlab sweep best STUDY}: the best complete trial; the text form is a {@code train} (or {@code descend})
 * command line with the trial's parameters (the fixed options of the sweep file are not repeated). No complete trial is a failure (exit 1).
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
            spec.commandLine().getOut().println("hyperlab " + command + " " + String.join(" ",
                    SweepObjectives.arguments(Map.of(), best.params(), command.equals("train")
                            ? org.hyperlab.sweep.Seeds.trialSeed(study.seed(), best.number()) : null)));
            spec.commandLine().getOut().flush();
        });
    }
}
