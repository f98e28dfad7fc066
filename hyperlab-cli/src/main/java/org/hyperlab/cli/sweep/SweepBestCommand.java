package org.hyperlab.cli.sweep;

import java.util.Map;
import org.hyperlab.cli.common.Json;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.pareto.ParetoFront;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.objective.SweepObjectives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code hyperlab sweep best STUDY}: the best complete trial; the text form is a {@code train} (or {@code descend})
 * command line with the trial's parameters (for a program sweep: the program's command line) (the fixed options of the sweep file are not repeated). No complete trial is a failure (exit 1).
 * A study of several objectives has no single best trial: its Pareto front (every non-dominated complete trial, by
 * number) is printed instead, each trial with its values and command line; {@code --json} prints
 * {@code {"study", "objectives", "paretoFront": [trials]}}.
 */
@Command(name = "best", mixinStandardHelpOptions = true,
        description = "Print the best trial of a study, or the Pareto front of a study of several objectives.")
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
            if (study.isMultiObjective()) {
                printFront(storage, study);
                return;
            }
            TrialRecord best = Study.best(storage.trials(study.id()), study).orElseThrow(
                    () -> new IllegalStateException("study '" + target.name + "' has no complete trial yet"));
            if (json) {
                Json.print(spec.commandLine().getOut(), SweepDocuments.trial(best));
                return;
            }
            spec.commandLine().getOut().printf("trial %d: %s = %s%n", best.number(), study.objective().metric(),
                    best.value());
            spec.commandLine().getOut().println(Repeat.of(storage, study).line(best));
            spec.commandLine().getOut().flush();
        });
    }

    /** The Pareto front: a heading, then per trial its values and its command line. */
    private void printFront(org.hyperlab.sweep.storage.StudyStorage storage, org.hyperlab.sweep.record.StudyRecord study) {
        java.util.List<TrialRecord> trials = storage.trials(study.id());
        java.util.List<TrialRecord> front = ParetoFront.of(trials, study.objectives());
        if (front.isEmpty()) {
            throw new IllegalStateException("study '" + target.name + "' has no complete trial yet");
        }
        java.io.PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, SweepDocuments.paretoFront(study, trials));
            return;
        }
        out.printf("Pareto front of %s: %d of %d complete trials (%s)%n", study.name(), front.size(),
                ParetoFront.complete(trials, study.objectives().size()).size(), String.join(", ", study.objectives()
                        .stream().map(o -> o.metric() + " " + o.direction().name().toLowerCase(java.util.Locale.ROOT))
                        .toList()));
        Repeat repeat = Repeat.of(storage, study);
        for (TrialRecord t : front) {
            out.printf("trial %d: %s%n  %s%n", t.number(), SweepDocuments.values(study, t), repeat.line(t));
        }
        out.flush();
    }

    /**
     * How to repeat a trial of one study, read once per command: the study's command and, when stored, its definition
     * (whose fixed options, e.g. {@code epochs} or a fixed {@code seed}, every trial ran with; a fixed seed wins over
     * the trial's derived one).
     */
    private record Repeat(org.hyperlab.sweep.record.StudyRecord study, String command,
                          org.hyperlab.sweep.file.SweepFile definition) {

        static Repeat of(org.hyperlab.sweep.storage.StudyStorage storage, org.hyperlab.sweep.record.StudyRecord study) {
            String command = storage.studyAttrs(study.id()).getOrDefault("command", "train");
            boolean program = command.equals(org.hyperlab.sweep.file.SweepFile.PROGRAM);
            // a program's command line needs the definition (a usage error without one); train and descend use it
            // when the study has one
            return new Repeat(study, command, program || storage.studyDefinition(study.id()).isPresent()
                    ? SweepStoredStudy.open(storage, study.name()).definition() : null);
        }

        /** The command line that repeats {@code trial}; a program's words shell-quoted where needed ({trial_dir} empty). */
        String line(TrialRecord trial) {
            Map<String, Object> fixed = definition == null ? Map.of() : definition.fixed();
            if (command.equals(org.hyperlab.sweep.file.SweepFile.PROGRAM)) {
                Map<String, Object> values = new java.util.LinkedHashMap<>(fixed);
                values.putAll(trial.params());
                return String.join(" ", definition.program().arguments(values, trial.number(), null).stream()
                        .map(w -> w.matches("[A-Za-z0-9_./=:,+-]+") ? w : "'" + w.replace("'", "'\\''") + "'").toList());
            }
            return "hyperlab " + command + " " + String.join(" ", SweepObjectives.arguments(fixed, trial.params(),
                    command.equals("train") ? org.hyperlab.sweep.record.Seeds.trialSeed(study.seed(), trial.number())
                            : null));
        }
    }
}
