package org.hyperlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every input of the hostile corpus ({@code src/test/resources/hostile/index.tsv}) through its real command
 * line and checks the exit code, that a failure is exactly one line on stderr naming what to change (no stack
 * trace), that it took less than {@link #TIME_LIMIT_NANOS}, and that nothing was written outside the case's
 * {@code --out} (the working directory and the case's temporary root are listed before and after).
 */
class HostileInputsTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "hostile");
    private static final long TIME_LIMIT_NANOS = 5_000_000_000L;
    private static final Pattern REPEAT = Pattern.compile("\\{repeat:(\\d+):([^}]*)}");

    @TempDir
    static Path generated;

    @TempDir
    Path root;

    /** One line of the index. */
    record Case(String name, int exit, String fragment, List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> corpus() throws IOException {
        return Files.readAllLines(CORPUS.resolve("index.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .map(f -> new Case(f[0], Integer.parseInt(f[1]), f[2], List.of(Arrays.copyOfRange(f, 3, f.length))));
    }

    /** The inputs too large or too special to commit. */
    @BeforeAll
    static void generateInputs() throws IOException, SQLException, InterruptedException {
        String header = "{\"__metadata__\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}";
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer model = ByteBuffer.allocate(8 + json.length).order(ByteOrder.LITTLE_ENDIAN);
        model.putLong(json.length).put(json);
        Files.write(generated.resolve("nested-header.safetensors"), model.array());

        // A gzip bomb behind a valid header: 60,000 images of 28x28 announced, about 1.1 GB of zeros inside.
        Path bomb = Files.createDirectories(generated.resolve("bomb"));
        byte[] megabyte = gzip(new byte[1 << 20]);
        try (OutputStream out = Files.newOutputStream(bomb.resolve("train-images-idx3-ubyte.gz"))) {
            out.write(gzip(idxHeader(0x803, 60_000, 28, 28)));
            for (int i = 0; i < 1100; i++) {
                out.write(megabyte);
            }
        }
        Files.write(bomb.resolve("train-labels-idx1-ubyte"), withHeader(idxHeader(0x801, 60_000), 60_000));
        Files.write(bomb.resolve("t10k-images-idx3-ubyte"), withHeader(idxHeader(0x803, 1, 28, 28), 784));
        Files.write(bomb.resolve("t10k-labels-idx1-ubyte"), withHeader(idxHeader(0x801, 1), 1));

        Process mkfifo = new ProcessBuilder("mkfifo", generated.resolve("pipe").toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + generated.resolve("foreign.db"))) {
            c.createStatement().execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)");
        }
    }

    /**
     * The first command of this JVM loads and compiles the chart, SQLite and sweep classes (seconds on a loaded
     * machine); the time limit is for each input's own work, so one valid sweep runs first, outside the corpus.
     */
    @BeforeAll
    static void loadTheClassesOnce(@TempDir Path warmUp) {
        CliRun run = CliRun.of("sweep", "run", CORPUS.resolve("descend-ok.yaml").toString(), "--out", warmUp.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void endsInItsExitCodeAndOneLineWithinTheTimeWritingOnlyUnderOut(Case c) throws IOException {
        Path out = root.resolve("out");
        String[] args = c.args().stream().map(a -> expand(a, out)).toArray(String[]::new);
        Set<String> workingDirectory = listing(Path.of(""));
        Set<String> generatedBefore = listing(generated);

        long start = System.nanoTime();
        CliRun run = CliRun.of(args);
        long nanos = System.nanoTime() - start;

        String err = run.err().strip();
        assertEquals(c.exit(), run.exitCode(), c.name() + ": " + err);
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception in thread"), "a stack trace: " + err);
        if (c.exit() != 0) {
            assertEquals(1, err.lines().count(), "one line on stderr: " + err);
            assertTrue(err.startsWith("hyperlab "), err);
            assertTrue(err.contains(c.fragment()), "'" + c.fragment() + "' in: " + err);
        } else {
            assertTrue((run.out() + run.err()).contains(c.fragment()), "'" + c.fragment() + "' in: " + run.out() + err);
        }
        assertTrue(nanos < TIME_LIMIT_NANOS, c.name() + " took " + nanos / 1_000_000 + " ms");
        assertEquals(workingDirectory, listing(Path.of("")), "the working directory is unchanged");
        assertEquals(generatedBefore, listing(generated), "the generated inputs are unchanged");
        try (Stream<Path> entries = Files.list(root)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.isEmpty() || names.equals(List.of("out")), "only --out under the case's root: " + names);
        }
    }

    private String expand(String arg, Path out) {
        Matcher m = REPEAT.matcher(arg);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(s, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(s);
        return s.toString().replace("{dir}", CORPUS.toString()).replace("{out}", out.toString())
                .replace("{gen}", generated.toString());
    }

    private static Set<String> listing(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return new TreeSet<>(entries.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static byte[] idxHeader(int... ints) {
        ByteBuffer b = ByteBuffer.allocate(4 * ints.length);
        for (int i : ints) {
            b.putInt(i);
        }
        return b.array();
    }

    private static byte[] withHeader(byte[] header, int payload) {
        return Arrays.copyOf(header, header.length + payload);
    }

    private static byte[] gzip(byte[] bytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
