package org.hyperlab.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hyperlab.core.data.MnistFiles;

/**
 * The identity of the files a {@link DataSource} names, for caching loaded data: each file's absolute path, size
 * and modification time (for an MNIST directory, those of every file in it; a missing path is recorded as missing).
 * Two stamps are equal exactly when the same files with the same sizes and times would be read, so a file rewritten
 * between two runs in one process is read again.
 */
record DataSourceStamp(List<String> entries) {
    DataSourceStamp {
        entries = List.copyOf(entries);
    }

    /** The stamp of the training, validation and test sources {@code source} names (the installed MNIST by default). */
    static DataSourceStamp of(DataSource source) {
        List<String> entries = new ArrayList<>();
        if (source.trainCsv() != null) {
            add(entries, "train-csv", source.trainCsv());
        } else {
            add(entries, "data-dir", source.dataDir() != null ? source.dataDir() : MnistFiles.defaultDirectory());
        }
        if (source.validationCsv() != null) {
            add(entries, "validation-csv", source.validationCsv());
        }
        if (source.testCsv() != null) {
            add(entries, "test-csv", source.testCsv());
        }
        return new DataSourceStamp(entries);
    }

    private static void add(List<String> entries, String role, Path path) {
        Path p = path.toAbsolutePath().normalize();
        entries.add(role + "=" + p + " " + attributes(p));
        if (Files.isDirectory(p)) {
            try (Stream<Path> files = Files.list(p)) {
                files.sorted().forEach(f -> entries.add("  " + f.getFileName() + " " + attributes(f)));
            } catch (IOException e) {
                entries.add("  unreadable: " + e.getMessage());
            }
        }
    }

    private static String attributes(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.isDirectory() ? "dir" : a.size() + " bytes, modified " + a.lastModifiedTime();
        } catch (IOException e) {
            return "missing";
        }
    }
}
