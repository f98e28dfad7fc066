package org.hyperlab.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hyperlab.core.io.AtomicFiles;

/**
 * Run directories as {@code train} writes them (history.json with the rows of
 * {@link org.hyperlab.core.train.HistoryRows}, config.json, final.json, confusion-matrix.csv), with made-up numbers:
 * the loss of epoch e is {@code base / e}, the accuracy {@code 1 - base / (4 e)}.
 */
final class RunFixtures {
    private RunFixtures() {
    }

    /** Writes {@code dir} with {@code epochs} epochs; {@code running} as while training goes on. */
    static void write(Path dir, double lr, double base, int epochs, boolean running) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder rows = new StringBuilder();
        for (int e = 1; e <= epochs; e++) {
            rows.append(e > 1 ? "," : "").append(String.format(Locale.ROOT,
                    "{\"epoch\":%d,\"trainLoss\":%s,\"validationLoss\":%s,\"trainAccuracy\":%s,\"validationAccuracy\":%s,"
                            + "\"seconds\":0.5,\"learningRate\":%s}",
                    e, base / e, 1.1 * base / e, 1 - base / (4.0 * e), 1 - 1.1 * base / (4.0 * e), lr));
        }
        AtomicFiles.writeString(dir.resolve("history.json"), "{\"model\":\"784-10\",\"optimizer\":\"adam\",\"running\":"
                + running + ",\"stopReason\":" + (running ? "null" : "\"max-epochs\"") + ",\"history\":[" + rows + "]}\n");
        AtomicFiles.writeString(dir.resolve("config.json"), String.format(Locale.ROOT,
                "{\"optimizer\":\"adam\",\"lr\":%s,\"batch-size\":64,\"epochs\":%d}\n", lr, epochs));
        if (!running) {
            AtomicFiles.writeString(dir.resolve("final.json"), String.format(Locale.ROOT,
                    "{\"trainAccuracy\":%s,\"testAccuracy\":%s}\n", 1 - base / 8, 1 - base / 6));
            StringBuilder csv = new StringBuilder("true\\predicted,0,1,2\n");
            for (int t = 0; t < 3; t++) {
                csv.append(t);
                for (int p = 0; p < 3; p++) {
                    csv.append(',').append(t == p ? 50 : 2);
                }
                csv.append('\n');
            }
            AtomicFiles.writeString(dir.resolve("confusion-matrix.csv"), csv.toString());
        }
    }
}
