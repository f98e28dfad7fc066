package org.hyperlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data-sharing archive ({@code ./hyperlab}, "AppCDS"): run as a process in a copy of the
 * project layout whose {@code java} is a stub that records its arguments, writes the class list when asked to
 * ({@code -XX:DumpLoadedClassList}), creates the archive file when asked to ({@code -Xshare:dump}) unless told to
 * fail, and prints "result" for the real command.
 */
class LauncherArchiveTest {
    private static final Path LAUNCHER = Path.of("..", "hyperlab").toAbsolutePath().normalize();
    private static final String STUB = """
            #!/usr/bin/env bash
            echo "$*" >> "$STUB_LOG"
            dump=
            for a in "$@"; do
              case "$a" in
                -XX:DumpLoadedClassList=*) echo classes > "${a#*=}"; echo "noise"; exit 0 ;;
                -Xshare:dump) dump=1 ;;
              esac
            done
            if [ -n "$dump" ]; then
              [ -n "${STUB_FAIL_ARCHIVE:-}" ] && exit 1
              for a in "$@"; do
                case "$a" in -XX:SharedArchiveFile=*) echo archive > "${a#*=}" ;; esac
              done
              echo "noise"; exit 0
            fi
            echo result
            """;

    @TempDir
    Path root;

    private Path jar;
    private Path archive;

    @BeforeEach
    void layout() throws IOException {
        assumeTrue(Files.isRegularFile(LAUNCHER) && Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Files.copy(LAUNCHER, root.resolve("hyperlab"));
        Path target = Files.createDirectories(root.resolve("hyperlab-cli/target"));
        jar = Files.writeString(target.resolve("hyperlab.jar"), "jar");
        archive = target.resolve("hyperlab.jsa");
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), STUB);
        Files.setPosixFilePermissions(java, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
    }

    private record Launch(int exitCode, String out, List<String> javaCalls) {
    }

    private Launch launch(String... env) throws Exception {
        return launchCommand(List.of("descend", "--json"), env);
    }

    private Launch launchCommand(List<String> command, String... env) throws Exception {
        List<String> argv = new java.util.ArrayList<>(List.of("/bin/bash", root.resolve("hyperlab").toString()));
        argv.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("STUB_LOG", root.resolve("java.log").toString());
        pb.environment().remove("HYPERLAB_CDS");
        for (int i = 0; i < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Files.deleteIfExists(root.resolve("java.log"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        List<String> calls = Files.exists(root.resolve("java.log")) ? Files.readAllLines(root.resolve("java.log")) : List.of();
        return new Launch(code, out, calls);
    }

    @Test
    void aMissingArchiveIsMadeOnceThenUsed() throws Exception {
        Launch first = launch();
        assertEquals(0, first.exitCode());
        assertEquals("result\n", first.out(), "only the command's output on stdout");
        assertEquals(3, first.javaCalls().size(), first.javaCalls().toString());
        assertTrue(first.javaCalls().get(0).contains("-XX:DumpLoadedClassList="), first.javaCalls().get(0));
        assertTrue(first.javaCalls().get(0).contains("descend --preset initialization"), first.javaCalls().get(0));
        assertTrue(first.javaCalls().get(1).contains("-Xshare:dump"), first.javaCalls().get(1));
        assertTrue(first.javaCalls().get(1).contains("-cp " + jar), "the class path of the real run (-jar)");
        assertTrue(first.javaCalls().get(2).contains("-XX:SharedArchiveFile=" + archive), first.javaCalls().get(2));
        assertTrue(Files.exists(archive));

        Launch second = launch();
        assertEquals(1, second.javaCalls().size(), second.javaCalls().toString());
        assertTrue(second.javaCalls().get(0).contains("-XX:SharedArchiveFile=" + archive));
        assertEquals("result\n", second.out());
    }

    @Test
    void anArchiveOlderThanTheJarIsMadeAgain() throws Exception {
        Files.writeString(archive, "stale");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        Launch run = launch();
        assertEquals(3, run.javaCalls().size(), run.javaCalls().toString());
        assertEquals("archive\n", Files.readString(archive));
        assertEquals("result\n", run.out());
    }

    @Test
    void whenNoArchiveCanBeMadeTheCommandRunsWithout() throws Exception {
        Launch run = launch("STUB_FAIL_ARCHIVE", "1");
        assertEquals(0, run.exitCode());
        assertEquals("result\n", run.out());
        assertFalse(run.javaCalls().get(run.javaCalls().size() - 1).contains("SharedArchiveFile"));
        assertFalse(Files.exists(archive));
        try (var leftovers = Files.list(archive.getParent())) {
            assertEquals(List.of(jar), leftovers.toList(), "no temporary archive or class list left behind");
        }
    }

    @Test
    void hyperlabCdsZeroTurnsTheArchiveOff() throws Exception {
        Launch run = launch("HYPERLAB_CDS", "0");
        assertEquals(List.of(false), run.javaCalls().stream().map(c -> c.contains("XX:SharedArchive")
                || c.contains("DumpLoadedClassList") || c.contains("Xshare:dump")).distinct().toList());
        assertFalse(Files.exists(archive));
        assertEquals("result\n", run.out());
    }

    @Test
    void theArchiveIsMadeWithoutTheVectorModuleAndServesEveryCommand() throws Exception {
        Launch descend = launch();
        assertFalse(descend.javaCalls().get(0).contains("jdk.incubator.vector"), descend.javaCalls().get(0));
        assertFalse(descend.javaCalls().get(1).contains("jdk.incubator.vector"), descend.javaCalls().get(1));
        assertFalse(descend.javaCalls().get(2).contains("jdk.incubator.vector"), "descend uses no kernels");
        Launch train = launchCommand(List.of("train", "--epochs", "1"));
        assertEquals(1, train.javaCalls().size(), train.javaCalls().toString());
        assertTrue(train.javaCalls().get(0).contains("--add-modules jdk.incubator.vector"), train.javaCalls().get(0));
        assertTrue(train.javaCalls().get(0).contains("-XX:SharedArchiveFile=" + archive), train.javaCalls().get(0));
        assertFalse(train.javaCalls().get(0).contains("TieredStopAtLevel"), "training keeps the C2 compiler");
    }
}
