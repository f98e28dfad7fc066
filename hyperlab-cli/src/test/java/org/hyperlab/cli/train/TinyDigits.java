package org.hyperlab.cli.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Test helper: MNIST-shaped CSV files (label, 784 pixels) of three easily separated classes. */
final class TinyDigits {
    private TinyDigits() {
    }

    /** Writes {@code rows} images: class k has bright pixels 100k..100k+49, noise elsewhere; with a header row. */
    static Path write(Path dir, String name, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder("label");
        for (int p = 0; p < 784; p++) {
            sb.append(",pixel").append(p);
        }
        sb.append('\n');
        for (int r = 0; r < rows; r++) {
            int label = r % 3;
            sb.append(label);
            for (int p = 0; p < 784; p++) {
                boolean bright = p >= 100 * label && p < 100 * label + 50;
                sb.append(',').append(bright ? 200 + random.nextInt(56) : random.nextInt(30));
            }
            sb.append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, sb.toString());
        return file;
    }
}
