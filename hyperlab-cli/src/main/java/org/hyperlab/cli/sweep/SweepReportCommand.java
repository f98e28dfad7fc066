package org.hyperlab.cli.sweep;

import org.hyperlab.cli.common.ExitCodes;
import org.hyperlab.cli.common.UsageException;
import java.util.concurrent.Callable;
import org.hyperlab.sweep.Trial;
import org.hyperlab.sweep.storage.StaleTrialException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hyperlab sweep report STUDY TRIAL STEP VALUE}: stores an intermediate value of a running trial and prints
 * the pruner's answer, {@code prune} or {@code continue} (with {@code --json}: {@code {"trial", "step", "prune"}}).
 * A trial that is not running is a usage error.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Store an intermediate value of a running trial and print prune or continue.",
        footer = {"", "Example:",
                "  [ \"$(hyperlab sweep report logreg-tpe 3 5 0.31)\" = prune ] && hyperlab sweep tell logreg-tpe 3 --state pruned"})
public final class SweepReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SweepStudyOptions target;

    @Parameters(index = "1", paramLabel = "TRIAL", description = "The trial's number (from sweep ask).")
    int number;

    @Parameters(index = "2", paramLabel = "STEP", description = "The step (e.g. epoch), a non-negative integer.")
    int step;

    @Parameters(index = "3", paramLabel = "VALUE", description = "The metric's value at that step (nan and inf allowed).")
    String value;

    @Option(names = "--json", description = "Print {\"trial\", \"step\", \"prune\"} as JSON.")
    boolean json;

    @Override
    public Integer call() {
        double v = SweepTellCommand.parseValue(value);
        if (step < 0) {
            throw new UsageException("STEP must not be negative, got " + step);
        }
        target.withStudy((storage, record) -> {
            SweepStoredStudy stored = SweepStoredStudy.open(storage, target.name);
            boolean prune;
            try {
                Trial trial = stored.study().runningTrial(number);
                trial.report(step, v);
                prune = !Double.isFinite(v) || trial.shouldPrune();
            } catch (StaleTrialException e) {
                throw new UsageException("trial " + number + " of study '" + target.name + "' is not running", e);
            }
            if (json) {
                spec.commandLine().getOut().println("{\"trial\": " + number + ", \"step\": " + step + ", \"prune\": "
                        + prune + "}");
            } else {
                spec.commandLine().getOut().println(prune ? "prune" : "continue");
            }
            spec.commandLine().getOut().flush();
        });
        return ExitCodes.OK;
    }
}
