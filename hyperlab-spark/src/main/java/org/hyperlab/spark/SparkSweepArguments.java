package org.hyperlab.spark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of {@link SparkSweepMain} (after the SparkSubmit options): {@code --storage URL --study NAME
 * --trials N --parallelism P [--trials-dir DIR] [--work-dir DIR]}. The store must be one the executors reach
 * (SQLite on a shared disk for a local master, PostgreSQL on a cluster); a program objective's trial directories go
 * under {@code --trials-dir} and its programs run in {@code --work-dir} (default: a temporary directory and the
 * current directory of each executor).
 *
 * @param storage     the study store's URL
 * @param study       the study's name; the study and its stored definition must exist
 * @param trials      how many trials to run now, at least 1
 * @param parallelism how many trials run at once, at least 1
 * @param trialsDir   where a program objective's trial directories go, or null
 * @param workDir     where a program objective's programs run, or null
 */
public record SparkSweepArguments(String storage, String study, int trials, int parallelism, Path trialsDir,
                                  Path workDir) {
    private static final List<String> FLAGS = List.of("--storage", "--study", "--trials", "--parallelism",
            "--trials-dir", "--work-dir");

    /**
     * Parses {@code args}.
     *
     * @throws IllegalArgumentException naming the flag and what was expected
     */
    public static SparkSweepArguments parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!FLAGS.contains(args[i])) {
                throw new IllegalArgumentException("unknown argument '" + args[i] + "', expected one of " + FLAGS);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + ": expected a value");
            }
            values.put(args[i], args[i + 1]);
        }
        return new SparkSweepArguments(required(values, "--storage"), required(values, "--study"),
                positive(values, "--trials"), positive(values, "--parallelism"), path(values, "--trials-dir"),
                path(values, "--work-dir"));
    }

    private static String required(Map<String, String> values, String flag) {
        String v = values.get(flag);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(flag + ": expected a value (it is required)");
        }
        return v;
    }

    private static int positive(Map<String, String> values, String flag) {
        String v = required(values, flag);
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(flag + ": expected an integer of at least 1, got '" + v + "'");
    }

    private static Path path(Map<String, String> values, String flag) {
        String v = values.get(flag);
        return v == null ? null : Path.of(v).toAbsolutePath();
    }
}
