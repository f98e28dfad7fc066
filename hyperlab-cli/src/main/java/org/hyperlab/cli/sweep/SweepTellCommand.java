package org.hyperlab.cli.sweep;

import org.hyperlab.cli.common.ExitCodes;
import org.hyperlab.cli.common.UsageException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.storage.StaleTrialException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hyperlab sweep tell STUDY TRIAL VALUE} finishes a running trial with its value (COMPLETE; NaN or inf:
 * DIVERGED); {@code --state pruned|failed} (no VALUE) finishes it otherwise, with an optional {@code --message}.
 * Prints the trial's final state. A trial that is not running (told twice) is a usage error. A study of several
 * objectives is told one VALUE per objective, in its order ({@code sweep tell STUDY TRIAL 0.31 12.5}); another
 * count is a usage error.
 */
@Command(name = "tell", mixinStandardHelpOptions = true,
        description = "Finish a running trial with its value, or as pruned or failed.",
        footer = {"", "Examples:",
                "  hyperlab sweep tell logreg-tpe 3 0.287",
                "  hyperlab sweep tell logreg-tpe 4 --state failed --message 'out of memory'"})
public final class SweepTellCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SweepStudyOptions target;

    @Parameters(index = "1", paramLabel = "TRIAL", description = "The trial's number (from sweep ask).")
    int number;

    @Parameters(index = "2..*", arity = "0..*", paramLabel = "VALUE",
            description = "The trial's value (with state complete); one per objective for a study of several.")
    java.util.List<String> value;

    @Option(names = "--state", paramLabel = "STATE", defaultValue = "complete",
            description = "complete (default, needs VALUE), pruned or failed.")
    String state;

    @Option(names = "--message", paramLabel = "TEXT", description = "Why it was pruned or failed.")
    String message;

    /** A value as the protocol writes it: a number, or nan, inf, -inf. */
    static double parseValue(String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "inf", "+inf", "infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new UsageException("VALUE must be a number (or nan, inf), got '" + text + "'", e);
                }
        }
    }

    /** {@code metric=value} per objective, as the values were given (so {@code 0.31} prints as {@code 0.31}). */
    private static String valuesText(org.hyperlab.sweep.record.StudyRecord record, TrialRecord done) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (int k = 0; k < done.values().size(); k++) {
            parts.add(record.objectives().get(k).metric() + "=" + done.values().get(k));
        }
        return String.join(" ", parts);
    }

    @Override
    public Integer call() {
        TrialState finished = switch (state.toLowerCase(Locale.ROOT)) {
            case "complete" -> TrialState.COMPLETE;
            case "pruned" -> TrialState.PRUNED;
            case "failed" -> TrialState.FAILED;
            default -> throw new UsageException("--state must be complete, pruned or failed, got '" + state + "'");
        };
        boolean given = value != null && !value.isEmpty();
        if ((finished == TrialState.COMPLETE) != given) {
            throw new UsageException(finished == TrialState.COMPLETE ? "VALUE is required with --state complete"
                    : "VALUE is only given with --state complete");
        }
        double[] v = given ? value.stream().mapToDouble(SweepTellCommand::parseValue).toArray() : null;
        target.withStudy((storage, record) -> {
            if (v != null && v.length != record.objectives().size()) {
                throw new UsageException("study '" + target.name + "' has " + record.objectives().size()
                        + " objective(s) (" + String.join(", ", record.objectives().stream().map(o -> o.metric())
                        .toList()) + ") but " + v.length + " VALUE(s) were given");
            }
            SweepStoredStudy stored = SweepStoredStudy.open(storage, target.name);
            TrialRecord done;
            try {
                done = stored.study().tellValues(number, finished, v, message);
            } catch (StaleTrialException e) {
                throw new UsageException("trial " + number + " of study '" + target.name + "' is not running", e);
            }
            spec.commandLine().getOut().println("trial " + done.number() + ": " + done.state().name().toLowerCase(Locale.ROOT)
                    + (done.value() == null ? "" : " " + valuesText(record, done)));
            spec.commandLine().getOut().flush();
        });
        return ExitCodes.OK;
    }
}
