package org.hyperlab.cli.sweep;

import java.nio.file.Path;
import org.hyperlab.cli.common.UsageException;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.storage.StudyStorage;
import org.hyperlab.sweep.storage.StudyStorages;
import picocli.CommandLine.Option;

/** {@code --storage URL} and {@code --out DIR} shared by the sweep commands; the default store is {@code DIR/sweeps.db}. */
final class SweepStorageOptions {
    @Option(names = "--storage", paramLabel = "URL",
            description = "Study store: jdbc:sqlite:FILE, jdbc:postgresql://HOST:PORT/DB?user=..&password=.. or "
                    + "memory: (in this process only, gone when it exits) (default: jdbc:sqlite:OUT/sweeps.db).")
    String storage;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs",
            description = "Output directory: holds the default store and the sweep's run directories (default: ${DEFAULT-VALUE}).")
    Path out;

    /** The store's URL. */
    String url() {
        return storage != null ? storage : "jdbc:sqlite:" + out.resolve("sweeps.db");
    }

    /** Opens the store; an unsupported URL is a usage error, an unreachable one a failure naming it. */
    StudyStorage open() {
        try {
            return StudyStorages.open(url());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--storage: " + e.getMessage(), e);
        }
    }

    /** The named study, or a usage error listing what exists. */
    static StudyRecord study(StudyStorage storage, String name) {
        return storage.findStudy(name).orElseThrow(() -> new UsageException("no study named '" + name + "' in "
                + storage + " (studies: " + String.join(", ", storage.listStudies().stream().map(StudyRecord::name)
                .toList()) + ")"));
    }
}
