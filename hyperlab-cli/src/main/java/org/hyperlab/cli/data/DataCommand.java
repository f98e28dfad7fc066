package org.hyperlab.cli.data;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hyperlab data}: obtain and manage data sets (for now: {@code data fetch mnist}). */
@Command(
        name = "data",
        mixinStandardHelpOptions = true,
        description = "Obtain data sets.",
        subcommands = {DataFetchCommand.class},
        footer = {"", "Examples:",
                "  hyperlab data fetch mnist      download, verify and install MNIST"})
public final class DataCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand (try 'fetch mnist')");
    }
}
