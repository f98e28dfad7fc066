package org.hyperlab.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@code org.apache.spark.deploy.SparkSubmit} in a child JVM on the test class path, as {@code sweep run
 * --executor spark} does with the module's class path: the JVM options of {@code jvm-options.txt}, the master, the
 * main class, the primary resource {@code spark-internal} (the classes are on the class path) and the sweep's
 * arguments.
 *
 * @param exitCode the child's exit code
 * @param stderr   what it printed on stderr
 */
record SparkSubmitRun(int exitCode, String stderr) {

    /** The JVM options Spark needs on Java 17, one per line of {@code jvm-options.txt}. */
    static List<String> jvmOptions() throws IOException {
        return Files.readAllLines(Path.of(System.getProperty("hyperlab.spark.jvmOptions", "jvm-options.txt"))).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Runs SparkSubmit with {@code mainClass} on {@code master}, system properties {@code props}, then {@code args}. */
    static SparkSubmitRun run(String master, String mainClass, List<String> props, List<String> args, Path scratch)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.add("-Xmx1g");
        command.addAll(props);
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", master, "--class", mainClass,
                "--conf", "spark.ui.enabled=false", "spark-internal"));
        command.addAll(args);
        Path err = scratch.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("SparkSubmit did not finish in 5 minutes; stderr:\n" + Files.readString(err));
        }
        return new SparkSubmitRun(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }
}
