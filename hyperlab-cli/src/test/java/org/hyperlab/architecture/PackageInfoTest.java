package org.hyperlab.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of every module's main sources has a {@code package-info.java} with a Javadoc comment saying what
 * it holds and where its entry point is. Read from the source tree (javac writes no class for a package-info
 * without annotations, so the compiled classes cannot tell).
 */
class PackageInfoTest {
    /** The project root, seen from this module's directory (where Maven runs its tests). */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyMainPackageHasADocumentedPackageInfo() throws IOException {
        List<Path> sourceRoots = mainSourceRoots();
        assertTrue(sourceRoots.size() >= 5, "expected every module's src/main/java under " + ROOT + ", found " + sourceRoots);
        List<String> missing = new ArrayList<>();
        for (Path sources : sourceRoots) {
            missing.addAll(undocumentedPackages(sources));
        }
        assertEquals(List.of(), missing, "packages without a package-info.java that has a Javadoc comment");
    }

    @Test
    void aPackageWithoutPackageInfoIsReported(@org.junit.jupiter.api.io.TempDir Path sources) throws IOException {
        Files.createDirectories(sources.resolve("org/example/documented"));
        Files.writeString(sources.resolve("org/example/documented/A.java"), "package org.example.documented;");
        Files.writeString(sources.resolve("org/example/documented/package-info.java"),
                "/** Holds A. */\npackage org.example.documented;");
        Files.createDirectories(sources.resolve("org/example/bare"));
        Files.writeString(sources.resolve("org/example/bare/B.java"), "package org.example.bare;");
        Files.writeString(sources.resolve("org/example/bare/package-info.java"), "package org.example.bare;");
        Files.createDirectories(sources.resolve("org/example/missing"));
        Files.writeString(sources.resolve("org/example/missing/C.java"), "package org.example.missing;");
        assertEquals(List.of(sources.resolve("org/example/bare").toString(), sources.resolve("org/example/missing").toString()),
                undocumentedPackages(sources).stream().sorted().toList());
    }

    private static List<Path> mainSourceRoots() throws IOException {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Directories under {@code sources} holding Java files but no package-info.java with a Javadoc comment. */
    static List<String> undocumentedPackages(Path sources) throws IOException {
        List<String> undocumented = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(sources)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (holdsJava(dir) && !documented(dir.resolve("package-info.java"))) {
                    undocumented.add(dir.toString());
                }
            }
        }
        return undocumented;
    }

    private static boolean holdsJava(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".java"));
        }
    }

    private static boolean documented(Path packageInfo) throws IOException {
        return Files.isRegularFile(packageInfo) && Files.readString(packageInfo).contains("/**");
    }
}
