package org.hyperlab.cli.sweep;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hyperlab sweep}: hyperparameter sweeps over {@code train} options, stored in SQLite or PostgreSQL. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = {"Tune train, descend or any program with TPE, CMA-ES, GP, NSGA-II, grid or random search and pruning, on one or many machines.",
                "Sweeps over train options or any program; studies live in a SQLite file (default runs/sweeps.db), a "
                        + "PostgreSQL database or memory: (in-process); ask/report/tell drive a study from any language."},
        subcommands = {SweepRunCommand.class, SweepCreateCommand.class, SweepAskCommand.class, SweepReportCommand.class,
                SweepTellCommand.class, SweepWorkerCommand.class, SweepListCommand.class, SweepShowCommand.class, SweepBestCommand.class,
                SweepExportCommand.class},
        footer = {"", "Examples:",
                "  hyperlab sweep run examples/sweep-mnist-tpe.yaml --trials 20 --jobs 2",
                "  hyperlab sweep run examples/sweep-mnist-tpe.yaml --resume            after a crash, or to add trials",
                "  hyperlab sweep run examples/sweep-logreg.yaml --jobs 2              any program (objective.command)",
                "  hyperlab sweep create examples/sweep-logreg.yaml; hyperlab sweep ask logreg-tpe",
                "  hyperlab sweep report logreg-tpe 0 1 0.52; hyperlab sweep tell logreg-tpe 0 0.31",
                "  hyperlab sweep worker logreg-tpe --storage URL     join a stored study on any machine",
                "  hyperlab sweep list",
                "  hyperlab sweep show mnist-tpe --json",
                "  hyperlab sweep best mnist-tpe",
                "  hyperlab sweep export mnist-tpe --csv trials.csv"})
public final class SweepCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
