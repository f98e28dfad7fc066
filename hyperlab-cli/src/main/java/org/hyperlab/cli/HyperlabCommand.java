package org.hyperlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hyperlab} entry point: registers one subcommand class per command and maps outcomes to exit codes
 * (0 success, 1 failure, 2 usage error).
 */
@Command(
        name = "hyperlab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Explore the hyperparameters of gradient-based learning, from a 1-D objective to MNIST.",
        subcommands = {
                CommandLine.HelpCommand.class,
                AssignmentCommand.class,
                DataCommand.class,
                TrainCommand.class,
                TheoryCommand.class,
                ObjectiveCommand.class,
                DescendCommand.class,
                EvaluateCommand.class,
                BenchCommand.class,
                SweepCommand.class,
                LrFindCommand.class,
        },
        footer = {"", "Examples:",
                "  hyperlab assignment            the whole study, as one report",
                "  hyperlab <command> --help      options and examples of one command"})
public final class HyperlabCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** Builds the configured command line (shared by {@link #main} and tests). */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new HyperlabCommand()));
    }

    /** Installs hyperlab's exit-code handlers and {@code --config} support on a command line. */
    static CommandLine configure(CommandLine cl) {
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        cl.setExecutionStrategy(new ConfigFileStrategy());
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
