package org.hyperlab.sweep.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.hyperlab.core.testing.ParserFuzz;

/**
 * {@link SweepFileReader#load} on any bytes around the example sweep files, as YAML and as JSON
 * ({@link ParserFuzz}): a validated sweep file or a one-line {@link SweepFileException}; alias bombs, deep nesting
 * and numbers out of range included.
 */
class SweepFileFuzzTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static Path dir;
    private static byte[][] examples;

    @BeforeContainer
    static void readExamples() throws IOException {
        dir = Files.createTempDirectory("hyperlab-fuzz-sweep");
        List<byte[]> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                all.add(Files.readAllBytes(f));
            }
        }
        all.add(("{\"command\": \"descend\", \"trials\": 3, \"fixed\": {\"epochs\": 10, \"w0\": 1},"
                + " \"params\": {\"lr\": {\"type\": \"float\", \"low\": 0.001, \"high\": 1.0, \"log\": true}}}").getBytes());
        examples = all.toArray(byte[][]::new);
    }

    @AfterContainer
    static void removeDirectory() throws IOException {
        ParserFuzz.deleteScratch(dir);
    }

    @Provide
    Arbitrary<byte[]> sweepFiles() {
        return ParserFuzz.around(2048, examples);
    }

    @Property(tries = 600)
    void yamlEndsInASweepOrOneLine(@ForAll("sweepFiles") byte[] bytes) {
        Path file = ParserFuzz.write(dir, "sweep.yaml", bytes);
        ParserFuzz.check(SweepFileException.class, () -> SweepFileReader.load(file));
    }

    @Property(tries = 400)
    void jsonEndsInASweepOrOneLine(@ForAll("sweepFiles") byte[] bytes) {
        Path file = ParserFuzz.write(dir, "sweep.json", bytes);
        ParserFuzz.check(SweepFileException.class, () -> SweepFileReader.load(file));
    }
}
