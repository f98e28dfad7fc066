package org.hyperlab.cli.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hyperlab.cli.common.UsageException;

/**
 * {@code sweep run --executor spark}: runs the study's trials as Spark tasks in a child JVM started through
 * {@code org.apache.spark.deploy.SparkSubmit} with the {@code hyperlab-spark} module's class path (its jar plus
 * {@code target/classpath.txt}), this JVM's options (the launcher's for sweeps: heap, collector, object alignment,
 * {@code HYPERLAB_JAVA_OPTS}; see {@link #inheritedJvmOptions}) and then those of its {@code jvm-options.txt}. The module is not part of the
 * CLI: it is built in the checkout ({@code -Dhyperlab.home}, set by the {@code ./hyperlab} launcher) the first time,
 * or again when its sources are newer than its jar. The child's {@code sweep:} lines (one per trial, one per error)
 * go to stderr; everything else it prints (Spark's warnings) goes to {@code spark.log} in the run directory.
 */
final class SparkExecutor {
    static final String MAIN_CLASS = "org.hyperlab.spark.SparkSweepMain";
    private static final String MODULE = "hyperlab-spark";
    private static final List<String> SOURCE_MODULES = List.of("hyperlab-core", "hyperlab-sweep", MODULE);

    private final Path home;
    private final PrintWriter err;

    private SparkExecutor(Path home, PrintWriter err) {
        this.home = home;
        this.err = err;
    }

    /**
     * The executor of the checkout named by the system property {@code hyperlab.home}, its module built first when
     * needed; a usage error without a checkout.
     *
     * @throws IllegalStateException when the module cannot be built
     */
    static SparkExecutor fromCheckout(PrintWriter err) {
        String home = System.getProperty("hyperlab.home");
        if (home == null || !Files.isRegularFile(Path.of(home, MODULE, "pom.xml"))) {
            throw new UsageException("--executor spark: needs the hyperlab checkout with its " + MODULE
                    + " module (run through ./hyperlab, which passes -Dhyperlab.home)");
        }
        SparkExecutor executor = new SparkExecutor(Path.of(home), err);
        executor.buildIfNeeded();
        return executor;
    }

    /**
     * Runs {@code trials} trials of study {@code study} in store {@code storage} on {@code master}, {@code parallelism}
     * at once; a program objective's trial directories go under {@code trialsDir}.
     *
     * @return the child's exit code; when not 0, one line on stderr has said why
     * @throws IllegalStateException when the child cannot be started
     */
    int run(String master, String storage, String study, int trials, int parallelism, Path trialsDir, Path runDir) {
        Path target = home.resolve(MODULE).resolve("target");
        Path jar = target.resolve(MODULE + ".jar");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(inheritedJvmOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.addAll(readLines(home.resolve(MODULE).resolve("jvm-options.txt")));
        command.add("-cp");
        command.add(jar + java.io.File.pathSeparator + String.join("", readLines(target.resolve("classpath.txt"))));
        command.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", master, "--class", MAIN_CLASS,
                jar.toString(), "--storage", storage, "--study", study, "--trials", String.valueOf(trials),
                "--parallelism", String.valueOf(parallelism), "--trials-dir", trialsDir.toString(),
                "--work-dir", Path.of("").toAbsolutePath().toString()));
        Path log = runDir.resolve("spark.log");
        int exit;
        boolean explained = false;
        try (Writer logFile = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            child.getOutputStream().close();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("sweep: ")) {
                        err.println(line);
                        err.flush();
                        if (line.startsWith("sweep: spark: ")) {
                            explained = true;
                        }
                    } else {
                        logFile.write(line);
                        logFile.write('\n');
                        logFile.flush();
                    }
                }
            }
            exit = child.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run SparkSubmit: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
        if (exit != 0 && !explained) {
            // the child said nothing of its own: the last line of its log says what went wrong
            err.println("sweep: spark: the Spark run exited with " + exit + ": " + reason(readLines(log)) + " (Spark's log: "
                    + log + ")");
            err.flush();
        }
        return exit;
    }

    /** Builds the module's jar when it is missing or older than the sources it is made of. */
    private void buildIfNeeded() {
        Path target = home.resolve(MODULE).resolve("target");
        Path jar = target.resolve(MODULE + ".jar");
        if (Files.isRegularFile(jar) && Files.isRegularFile(target.resolve("classpath.txt")) && !sourcesNewerThan(jar)) {
            return;
        }
        err.println("hyperlab: building the Spark executor (first use or sources changed; the first build downloads "
                + "Spark and takes a few minutes)...");
        err.flush();
        Path buildLog = Path.of(System.getProperty("java.io.tmpdir"), "hyperlab-spark-build.log");
        try {
            Process mvn = new ProcessBuilder("mvn", "-q", "-B", "-DskipTests", "package", "-pl", MODULE, "-am")
                    .directory(home.toFile()).redirectErrorStream(true).redirectOutput(buildLog.toFile()).start();
            if (mvn.waitFor() != 0 || !Files.isRegularFile(jar)) {
                throw new IllegalStateException("building the Spark executor failed; see " + buildLog);
            }
            // Maven leaves an up-to-date jar untouched; its time marks this build, as the launcher's touch does
            Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run mvn to build the Spark executor: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the Spark executor");
        }
    }

    private boolean sourcesNewerThan(Path jar) {
        try {
            long built = Files.getLastModifiedTime(jar).toMillis();
            for (String module : SOURCE_MODULES) {
                try (Stream<Path> files = Files.walk(home.resolve(module))) {
                    String main = "src" + java.io.File.separator + "main" + java.io.File.separator;
                    if (files.filter(p -> p.toString().contains(main) && Files.isRegularFile(p) || p.endsWith("pom.xml"))
                            .anyMatch(p -> p.toFile().lastModified() > built)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * The options of this JVM the child takes too: all but the class-data-sharing archive, which holds the CLI jar's
     * classes and would not match the child's class path.
     */
    static List<String> inheritedJvmOptions(List<String> options) {
        return options.stream().filter(o -> !o.startsWith("-XX:SharedArchiveFile=") && !o.startsWith("-Xshare:")
                && !o.startsWith("-Xlog:cds")).toList();
    }

    /** What a failed child's log says went wrong: its first exception's line, else its last line. */
    static String reason(List<String> log) {
        return log.stream().filter(l -> l.startsWith("Exception in thread") || l.matches("^[\\w.$]+(Exception|Error)\\b.*"))
                .findFirst().map(l -> l.replaceFirst("^Exception in thread \"[^\"]*\" ", ""))
                .orElse(log.isEmpty() ? "it printed nothing" : log.get(log.size() - 1).strip());
    }
}
