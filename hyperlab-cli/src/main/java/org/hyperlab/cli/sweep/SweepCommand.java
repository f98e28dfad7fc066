package org.hyperlab.cli.sweep;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hyperlab sweep}: hyperparameter sweeps over {@code train} options, stored in SQLite or PostgreSQL. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = {"Run hyperparameter sweeps (grid, random, TPE) with pruning (median, successive halving).",
                "Sweeps over train options; studies live in a SQLite file (default runs/sweeps.db) or a PostgreSQL "
                        + "database."},
        subcommands = {SweepRunCommand.class, SweepListCommand.class, SweepShowCommand.class, SweepBestCommand.class,
                SweepExportCommand.class},
        footer = {"", "Examples:",
                "  hyperlab sweep run examples/sweep-mnist-tpe.yaml --trials 20 --jobs 2",
                "  hyperlab sweep run examples/sweep-mnist-tpe.yaml --resume            after a crash, or to add trials",
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
