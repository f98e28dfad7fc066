package org.hyperlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher drops the JVM's "Using incubator modules" notice from stderr and passes everything else through
 * unchanged, keeping the command's exit code: run as a process whose {@code java} is a stub that writes what the
 * test asks for to stderr.
 */
class LauncherStderrTest {
    private static final Path LAUNCHER = Path.of("..", "hyperlab").toAbsolutePath().normalize();
    private static final String STUB = """
            #!/usr/bin/env bash
            printf '%b' "$STUB_STDERR" >&2
            echo result
            exit "${STUB_EXIT:-0}"
            """;

    @TempDir
    Path root;

    @BeforeEach
    void layout() throws Exception {
        assumeTrue(Files.isRegularFile(LAUNCHER) && Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Files.copy(LAUNCHER, root.resolve("hyperlab"));
        Files.writeString(Files.createDirectories(root.resolve("hyperlab-cli/target")).resolve("hyperlab.jar"), "jar");
        Path java = Files.writeString(Files.createDirectories(root.resolve("bin")).resolve("java"), STUB);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String command, String stderr, int exit) throws Exception {
        // The launcher's stderr filter may write after the launcher itself has exited, and Java closes a finished
        // process's pipes keeping only the bytes already there: so stderr goes through a pipeline whose last
        // stage (cat) ends only when every writer, the filter included, has closed it.
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c",
                "{ /bin/bash \"$0\" \"$1\" 2>&1 1>&3 3>&- | cat 1>&2; exit \"${PIPESTATUS[0]}\"; } 3>&1",
                root.resolve("hyperlab").toString(), command);
        pb.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("HYPERLAB_CDS", "0");
        pb.environment().put("STUB_STDERR", stderr);
        pb.environment().put("STUB_EXIT", String.valueOf(exit));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    @Test
    void theIncubatorNoticeIsDroppedAndTheRestKeptAsItCame() throws Exception {
        Run r = run("train", "WARNING: Using incubator modules: jdk.incubator.vector\\nepoch 1/2\\rdone\\nhyperlab train: bad\\n", 2);
        assertEquals(2, r.exitCode());
        assertEquals("result\n", r.out());
        assertEquals("epoch 1/2\rdone\nhyperlab train: bad\n", r.err());
    }

    @Test
    void anyOtherFirstLineIsKept() throws Exception {
        Run r = run("theory", "hyperlab theory: --y: expected labels\\n", 2);
        assertEquals(2, r.exitCode());
        assertEquals("hyperlab theory: --y: expected labels\n", r.err());
        Run unterminated = run("theory", "partial line without newline", 1);
        assertEquals(1, unterminated.exitCode());
        assertEquals("partial line without newline", unterminated.err());
    }
}
