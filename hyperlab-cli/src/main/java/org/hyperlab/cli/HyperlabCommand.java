package org.hyperlab.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperlab.cli.assignment.AssignmentCommand;
import org.hyperlab.cli.bench.BenchCommand;
import org.hyperlab.cli.bench.TrainingRunMemory;
import org.hyperlab.cli.common.ConfigFileStrategy;
import org.hyperlab.cli.common.ExitCodes;
import org.hyperlab.cli.common.PhaseTimer;
import org.hyperlab.cli.common.VersionProvider;
import org.hyperlab.cli.dashboard.DashboardCommand;
import org.hyperlab.cli.data.DataCommand;
import org.hyperlab.cli.objective.DescendCommand;
import org.hyperlab.cli.objective.ObjectiveCommand;
import org.hyperlab.cli.objective.TheoryCommand;
import org.hyperlab.cli.sweep.SweepCommand;
import org.hyperlab.cli.train.EvaluateCommand;
import org.hyperlab.cli.train.LrFindCommand;
import org.hyperlab.cli.train.TrainCommand;
import org.hyperlab.core.tensor.runtime.KernelSettings;
import org.hyperlab.report.chart.RenderingWarmUp;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code hyperlab} entry point: registers one subcommand class per command ({@link #SUBCOMMANDS}) and maps
 * outcomes to exit codes (0 success, 1 failure, 2 usage error).
 *
 * <p>Start-up: picocli builds the model of every registered command by reflection, which costs a few hundred
 * milliseconds for the whole tree. So {@link #main} registers only the subcommand named by the first argument
 * when there is one (help and usage still see the full tree: they name no subcommand or {@code help}).
 */
@Command(
        name = "hyperlab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Explore the hyperparameters of gradient-based learning, from a 1-D objective to MNIST.",
        footer = {"", "Examples:",
                "  hyperlab assignment            the whole study, as one report",
                "  hyperlab <command> --help      options and examples of one command"})
public final class HyperlabCommand implements Runnable {
    /**
     * Every subcommand by its name (the {@code name} of its {@code @Command}), in the order of the usage help (the
     * first is picocli's {@code help}). The names are written out so that finding the invoked command parses no
     * annotation ({@code HyperlabCommandTest} checks them against the annotations).
     */
    static final Map<String, Class<?>> BY_NAME = byName(
            "help", CommandLine.HelpCommand.class,
            "assignment", AssignmentCommand.class,
            "data", DataCommand.class,
            "train", TrainCommand.class,
            "theory", TheoryCommand.class,
            "objective", ObjectiveCommand.class,
            "descend", DescendCommand.class,
            "evaluate", EvaluateCommand.class,
            "bench", BenchCommand.class,
            "sweep", SweepCommand.class,
            "lr-find", LrFindCommand.class,
            "dashboard", DashboardCommand.class);

    /** Every subcommand class, in the order of the usage help. */
    static final List<Class<?>> SUBCOMMANDS = List.copyOf(BY_NAME.values());

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** Builds the configured command line with every subcommand (used by tests, and by {@link #main} for help). */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command line for {@code args}: with only the subcommand that {@code args[0]} names, when it names one
     * other than {@code help}; with none for a lone {@code --version}; otherwise with every subcommand. Parsing and
     * behavior are the same either way.
     */
    static CommandLine commandLineFor(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return commandLine(List.of());
        }
        if (args.length > 0 && !args[0].equals("help") && BY_NAME.containsKey(args[0])) {
            return commandLine(List.of(BY_NAME.get(args[0])));
        }
        return commandLine();
    }

    private static Map<String, Class<?>> byName(Object... nameClassPairs) {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        for (int i = 0; i < nameClassPairs.length; i += 2) {
            map.put((String) nameClassPairs[i], (Class<?>) nameClassPairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new HyperlabCommand());
        for (Class<?> c : subcommands) {
            cl.addSubcommand(c);
        }
        return configure(cl);
    }

    /** Installs hyperlab's exit-code handlers and {@code --config} support on a command line. */
    static CommandLine configure(CommandLine cl) {
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        cl.setExecutionStrategy(new ConfigFileStrategy());
        return cl;
    }

    /** Short commands that always draw figures: their renderer warm-up starts before parsing (see {@link #main}). */
    static final List<String> DRAWING_COMMANDS = List.of("descend", "objective");

    /**
     * True when {@code args} run a short command that will draw (it names one of {@link #DRAWING_COMMANDS} and
     * asks for no help or version).
     */
    static boolean willDraw(String[] args) {
        if (args.length == 0 || !DRAWING_COMMANDS.contains(args[0])) {
            return false;
        }
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs a command and exits with its code. For a short command that draws, the renderer's one-time start-up
     * ({@link RenderingWarmUp}) runs on a background thread meanwhile, overlapping picocli and the computation.
     */
    public static void main(String[] args) {
        PhaseTimer.mark("main");
        TrainingRunMemory.reportAtExitIfRequested();
        if (willDraw(args)) {
            RenderingWarmUp.start();
        }
        CommandLine cl = commandLineFor(args);
        PhaseTimer.mark("command line built");
        String name = args.length > 0 && cl.getSubcommands().containsKey(args[0]) ? "hyperlab " + args[0] : "hyperlab";
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            System.err.println(e instanceof VirtualMachineError vm ? ErrorLine.ofVirtualMachineError(name, vm)
                    : ErrorLine.of(name, "failed in thread " + thread.getName() + ": " + e));
            System.exit(ExitCodes.FAILURE);
        });
        try {
            KernelSettings.requireWellFormed();
        } catch (IllegalArgumentException e) {
            System.err.println(ErrorLine.of(name, e.getMessage()));
            System.exit(ExitCodes.USAGE);
        }
        int code;
        try {
            code = cl.execute(args);
        } catch (VirtualMachineError e) {
            // Last resort: the commands validate sizes before allocating, so this means a check is missing.
            System.err.println(ErrorLine.ofVirtualMachineError(name, e));
            if (System.getenv("HYPERLAB_DEBUG") != null) {
                e.printStackTrace();
            }
            code = ExitCodes.FAILURE;
        }
        PhaseTimer.mark("done");
        System.exit(code);
    }
}
