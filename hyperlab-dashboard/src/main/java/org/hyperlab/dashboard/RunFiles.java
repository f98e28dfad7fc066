package org.hyperlab.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one rule for reading files under the runs directory: a relative path is accepted only when none of its
 * segments is empty, {@code .} or {@code ..}, it holds no backslash, colon or NUL, and the real file it names (links
 * followed) lies inside the real runs directory. Anything else, and any file that does not exist, is refused
 * ({@link Optional#empty()}), so no request reaches a file outside the runs directory.
 */
public final class RunFiles {
    private final Path root;

    /** Files under {@code root}. */
    public RunFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The runs directory. */
    public Path root() {
        return root;
    }

    /** The regular file {@code relative} (slash-separated, already URL-decoded) names under the root, if allowed. */
    public Optional<Path> file(String relative) {
        return resolve(relative).filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
    }

    /** The directory {@code relative} names under the root, if allowed. */
    public Optional<Path> directory(String relative) {
        return resolve(relative).filter(Files::isDirectory);
    }

    private Optional<Path> resolve(String relative) {
        if (relative == null || relative.isEmpty() || relative.startsWith("/") || relative.indexOf('\\') >= 0
                || relative.indexOf(':') >= 0 || relative.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        try {
            Path realRoot = root.toRealPath();
            Path real = root.resolve(relative).toRealPath();
            return real.startsWith(realRoot) && !real.equals(realRoot) ? Optional.of(real) : Optional.empty();
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }
}
