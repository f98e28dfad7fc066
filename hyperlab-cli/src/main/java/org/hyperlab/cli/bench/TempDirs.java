package org.hyperlab.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removal of the temporary directories the benchmarks work in, so that a benchmark leaves nothing behind. */
final class TempDirs {
    private TempDirs() {
    }

    /** Deletes {@code dir} with everything in it; null or a failure leaves things as they are (a temp dir is harmless). */
    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
