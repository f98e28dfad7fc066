package org.hyperlab.cli.sweep;

import org.hyperlab.cli.common.ExitCodes;
import org.hyperlab.cli.common.Json;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hyperlab.sweep.Trial;
import org.hyperlab.sweep.process.ProgramSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hyperlab sweep ask STUDY}: starts a trial of a stored study and prints its number and parameters as one JSON
 * line, {@code {"study": NAME, "trial": N, "params": {...}, "fixed": {...}}}, or with {@code --env} as
 * {@code NAME=VALUE} lines for a shell's {@code eval} ({@code HYPERLAB_TRIAL} and {@code HYPERLAB_PARAM_<NAME>}, as a
 * program trial's environment). Concurrent callers never get the same trial. Exit 1 when the study's trial budget is
 * used up (checked atomically with the start, so concurrent callers never exceed it) or its grid has no point left.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Start a trial of a stored study and print its number and parameters (JSON).",
        footer = {"", "Examples:",
                "  hyperlab sweep ask logreg-tpe",
                "  eval \"$(hyperlab sweep ask logreg-tpe --env)\"; echo \"$HYPERLAB_TRIAL $HYPERLAB_PARAM_LR\""})
public final class SweepAskCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--env", description = "Print shell assignments (HYPERLAB_TRIAL=N, HYPERLAB_PARAM_<NAME>=V) instead of JSON.")
    boolean env;

    @Mixin
    SweepStudyOptions target;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int[] exit = {ExitCodes.OK};
        target.withStudy((storage, record) -> {
            SweepStoredStudy stored = SweepStoredStudy.open(storage, target.name);
            Optional<Trial> asked = stored.study().ask();
            if (asked.isEmpty()) {
                int budget = storage.trialBudget(record.id()).orElse(stored.definition().trials());
                long started = storage.trials(record.id()).stream()
                        .filter(org.hyperlab.sweep.storage.TrialBudget::counts).count();
                spec.commandLine().getErr().println("hyperlab: study '" + target.name + "' "
                        + (started >= budget ? "has used its budget of " + budget + " trials" : "has no trial left to run"));
                exit[0] = ExitCodes.FAILURE;
                return;
            }
            Trial trial = asked.get();
            Map<String, Object> params = trial.suggestAll(stored.definition().space());
            if (env) {
                out.println("HYPERLAB_TRIAL=" + trial.number());
                Map<String, Object> all = new LinkedHashMap<>(stored.definition().fixed());
                all.putAll(params);
                all.forEach((k, v) -> out.println(ProgramSpec.environmentName(k) + "=" + shellQuote(ProgramSpec.text(v))));
            } else {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("study", target.name);
                doc.put("trial", trial.number());
                doc.put("params", params);
                doc.put("fixed", stored.definition().fixed());
                out.println(Json.mapper().copy().disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .valueToTree(doc).toString());
            }
            out.flush();
        });
        return exit[0];
    }

    private static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
