package org.hyperlab.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.hyperlab.dashboard.DashboardWorkload;

/**
 * {@code hyperlab bench --dashboard}: the dashboard's big-study workload ({@link DashboardWorkload}) in a temporary
 * directory that is removed afterwards, so the benchmark writes nothing that outlives it. Results go to stdout, the
 * generation's progress line too (it is one of the results: how long the store took to write).
 */
final class DashboardBench {
    private DashboardBench() {
    }

    static void run(PrintWriter out, PrintWriter err, int trials) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("hyperlab-dashboard-bench");
            err.println("bench: generating a study of " + trials + " trials for the dashboard in " + dir);
            err.flush();
            DashboardWorkload.run(dir, trials, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
