package org.hyperlab.core.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The property every parser of user input must have, for the fuzz tests: on any input it returns a result or
 * throws its one documented exception type with a one-line message of at most {@link #MAX_MESSAGE} characters,
 * within {@link #TIME_LIMIT} and allocating at most {@link #ALLOCATION_LIMIT} bytes; never another exception, a
 * stack overflow or an unbounded allocation. Inputs are arbitrary bytes or, more searching, a valid document
 * mutated ({@link #around}): bytes flipped, inserted, removed, a run repeated, cut short.
 */
public final class ParserFuzz {
    /** Time for one parse of a small input: generous for a loaded CI machine, far below a hang. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(3);

    /** Bytes one parse of an input of a few kilobytes may allocate: a header claiming gigabytes must be refused first. */
    public static final long ALLOCATION_LIMIT = 64L << 20;

    /** Longest acceptable message: an error line names the problem, it does not echo the input. */
    public static final int MAX_MESSAGE = 2_000;

    private ParserFuzz() {
    }

    /** A parse that may throw anything. */
    @FunctionalInterface
    public interface Parse {
        void run() throws Exception;
    }

    /** Runs {@code parse} and fails unless it ends in a result or in {@code documented} with a one-line message. */
    public static void check(Class<? extends Throwable> documented, Parse parse) {
        check(documented, ALLOCATION_LIMIT, parse);
    }

    /**
     * {@link #check(Class, Parse)} with its own allocation bound, for work that is bounded by its input's limits but
     * legitimately allocates more than a parse (e.g. exact arithmetic on big rationals).
     */
    public static void check(Class<? extends Throwable> documented, long allocationLimit, Parse parse) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTimeoutPreemptively(TIME_LIMIT, () -> {
            long before = threads.getCurrentThreadAllocatedBytes();
            try {
                parse.run();
            } catch (Throwable t) {
                if (!documented.isInstance(t)) {
                    throw new AssertionError("expected a result or " + documented.getSimpleName() + ", got " + t, t);
                }
                String message = t.getMessage();
                if (message == null || message.isBlank() || message.contains("\n") || message.contains("\r")
                        || message.length() > MAX_MESSAGE) {
                    fail("not a one-line message of at most " + MAX_MESSAGE + " characters: "
                            + (message == null ? null : message.substring(0, Math.min(message.length(), 300))));
                }
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            if (allocated > allocationLimit) {
                fail("allocated " + allocated + " bytes, more than " + allocationLimit);
            }
        });
    }

    /** Arbitrary bytes (up to {@code maxSize}) half of the time, else one of {@code valid} mutated. */
    public static Arbitrary<byte[]> around(int maxSize, byte[]... valid) {
        List<byte[]> bases = List.of(valid);
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(maxSize);
        Arbitrary<byte[]> mutated = Arbitraries.longs().map(seed -> mutate(bases, new Random(seed)));
        return Arbitraries.oneOf(random, mutated);
    }

    /** {@link #around} for text documents (UTF-8). */
    public static Arbitrary<byte[]> aroundText(int maxSize, String... valid) {
        return around(maxSize, Arrays.stream(valid).map(s -> s.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new));
    }

    /** One to eight random edits of one of {@code bases}. */
    static byte[] mutate(List<byte[]> bases, Random random) {
        byte[] b = bases.get(random.nextInt(bases.size())).clone();
        for (int edits = 1 + random.nextInt(8); edits > 0; edits--) {
            b = edit(b, random);
        }
        return b;
    }

    private static final byte[] INTERESTING = {0, -1, 0x7f, (byte) 0x80, '\n', '\r', ',', '"', '{', '[', ':', '-',
            '&', '*', '!', '@', '9', 'e', '.', '(', ')', '^'};

    private static byte[] edit(byte[] b, Random random) {
        int at = b.length == 0 ? 0 : random.nextInt(b.length);
        switch (random.nextInt(6)) {
            case 0 -> { // flip a bit
                if (b.length > 0) {
                    b[at] ^= (byte) (1 << random.nextInt(8));
                }
                return b;
            }
            case 1 -> { // overwrite with an interesting byte
                if (b.length > 0) {
                    b[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                }
                return b;
            }
            case 2 -> { // insert
                byte[] out = new byte[b.length + 1];
                System.arraycopy(b, 0, out, 0, at);
                out[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                System.arraycopy(b, at, out, at + 1, b.length - at);
                return out;
            }
            case 3 -> { // remove a run
                int n = Math.min(b.length - at, 1 + random.nextInt(16));
                byte[] out = new byte[b.length - n];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + n, out, at, b.length - at - n);
                return out;
            }
            case 4 -> { // repeat a run a few times
                int n = Math.min(b.length - at, 1 + random.nextInt(8));
                int times = 1 + random.nextInt(32);
                byte[] out = new byte[b.length + n * times];
                System.arraycopy(b, 0, out, 0, at + n);
                for (int t = 1; t <= times; t++) {
                    System.arraycopy(b, at, out, at + n * t, n);
                }
                System.arraycopy(b, at + n, out, at + n * (times + 1), b.length - at - n);
                return out;
            }
            default -> { // cut short
                return Arrays.copyOf(b, at);
            }
        }
    }

    /** Writes {@code bytes} to {@code dir/name}, replacing what was there. */
    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a fuzz suite's flat scratch directory and the files in it (the suites write no subdirectories). */
    public static void deleteScratch(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }
}
