package org.hyperlab.cli.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child {@code hyperlab} process for the benchmarks that measure a whole run (memory, start-up):
 * this JVM's executable and options without debug agents and flight recordings (a child must not attach to the
 * parent's debugger or write into its recording), the class path, hyperlab's entry point, then the arguments.
 */
final class ChildJvm {
    /**
     * The class the child runs: {@code hyperlab}'s entry point, named rather than referenced so that this package
     * does not depend on the root package that registers it ({@code TrainingRunMemoryTest} checks the name).
     */
    static final String MAIN_CLASS = "org.hyperlab.cli.HyperlabCommand";

    private ChildJvm() {
    }

    /**
     * @param keepClassArchive whether the child maps the class-data-sharing archive this JVM was started with (a
     *                         start-up measurement wants it; a memory measurement leaves the shared mapping out)
     * @param properties       extra {@code -D} options for the child, e.g. {@code "name=value"}
     * @param args             the hyperlab arguments
     */
    static List<String> command(boolean keepClassArchive, List<String> properties, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            boolean archive = option.startsWith("-XX:SharedArchiveFile") || option.startsWith("-XX:ArchiveClassesAtExit");
            if (!option.startsWith("-agentlib") && !option.startsWith("-javaagent")
                    && !option.startsWith("-XX:StartFlightRecording") && (keepClassArchive || !archive)) {
                command.add(option);
            }
        }
        for (String p : properties) {
            command.add("-D" + p);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MAIN_CLASS);
        command.addAll(args);
        return command;
    }
}
