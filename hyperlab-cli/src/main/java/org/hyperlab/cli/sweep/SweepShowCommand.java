package org.hyperlab.cli.sweep;

import java.util.List;
import org.hyperlab.cli.common.Json;
import org.hyperlab.sweep.pareto.ParetoFront;
import org.hyperlab.sweep.record.TrialRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code hyperlab sweep show STUDY}: the trials, best first; {@code --json} prints
 * {@code {"study", "metric", "direction", "seed", "trials": [{"number", "state", "params", "value", "intermediate",
 * ...}], "best"}}; a study of several objectives adds {@code objectives} and {@code paretoFront}, and its table
 * has a column per objective, the front marked {@code *} and listed after the table.
 */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a study's trials, best first.")
public final class SweepShowCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print the study as one JSON document on stdout.")
    boolean json;

    @Mixin
    SweepStudyOptions target;

    @Override
    public void run() {
        target.withStudy((storage, study) -> {
            List<TrialRecord> trials = storage.trials(study.id());
            if (json) {
                Json.print(spec.commandLine().getOut(), SweepDocuments.study(study, trials));
            } else {
                spec.commandLine().getOut().print(SweepDocuments.table(study, trials));
                if (study.isMultiObjective()) {
                    spec.commandLine().getOut().println("Pareto front: trials " + String.join(", ", ParetoFront
                            .of(trials, study.objectives()).stream().map(t -> Integer.toString(t.number())).toList()));
                }
                spec.commandLine().getOut().flush();
            }
        });
    }
}
