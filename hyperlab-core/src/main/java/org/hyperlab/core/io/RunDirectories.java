package org.hyperlab.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Creates fresh output directories: {@code <base>/<prefix>-<yyyyMMdd-HHmmss>} with a {@code -2}, {@code -3}, …
 * suffix when that name is taken. A previous run is never reused or overwritten.
 *
 * <p>The one place where a user-given name (a study or run name) becomes part of a path: {@link #slug} maps it to
 * lowercase letters, digits, {@code -}, {@code _} and {@code .} (not leading), at most {@link #MAX_SLUG_LENGTH}
 * characters, and {@link #create} checks that the directory it makes lies inside {@code base}.
 */
public final class RunDirectories {
    /** Longest slug: keeps a run directory's name (slug, prefix, time stamp, suffix) far below file-system limits (255 bytes). */
    public static final int MAX_SLUG_LENGTH = 64;

    /** Longest user-given name accepted at all: a name is also stored and printed, so a megabyte of it is refused. */
    public static final int MAX_NAME_LENGTH = 200;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunDirectories() {
    }

    /**
     * The path-safe form of a user-given name: lowercased; every character other than {@code a-z 0-9 - _ .} becomes
     * {@code -}; leading dots and dashes are dropped; cut to {@link #MAX_SLUG_LENGTH}. So {@code "../../x"} becomes
     * {@code "x"} and no slug can name a parent directory.
     *
     * @throws IllegalArgumentException when the name is empty, longer than {@link #MAX_NAME_LENGTH}, or has no
     *     letter or digit to keep
     */
    public static String slug(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name must not be empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a name has at most " + MAX_NAME_LENGTH + " characters, got "
                    + name.length());
        }
        StringBuilder s = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean kept = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
            s.append(kept ? c : '-');
        }
        String slug = s.toString().replaceFirst("^[.\\-]+", "");
        slug = slug.substring(0, Math.min(slug.length(), MAX_SLUG_LENGTH));
        if (!slug.matches(".*[a-z0-9].*")) {
            throw new IllegalArgumentException("name '" + name + "' has no letter or digit to name a directory with");
        }
        return slug;
    }

    /**
     * Creates and returns a new, empty directory under {@code base} named after {@code prefix} (a fixed word, or
     * one built with {@link #slug}).
     *
     * @throws IllegalArgumentException when the directory would not lie inside {@code base}
     */
    public static Path create(Path base, String prefix) {
        String stem = prefix + "-" + LocalDateTime.now().format(STAMP);
        try {
            Files.createDirectories(base);
            for (int n = 1; ; n++) {
                Path candidate = inside(base, n == 1 ? stem : stem + "-" + n);
                try {
                    return Files.createDirectory(candidate);
                } catch (FileAlreadyExistsException taken) {
                    // try the next suffix
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a run directory under " + base + ": " + e.getMessage(), e);
        }
    }

    /** {@code base/name}, checked to be a direct child of {@code base} (no separator, no {@code ..}). */
    private static Path inside(Path base, String name) {
        Path candidate;
        try {
            candidate = base.resolve(name);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + name + "' cannot name a directory: " + e.getReason(), e);
        }
        Path parent = candidate.toAbsolutePath().normalize().getParent();
        if (parent == null || !parent.equals(base.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("'" + name + "' would lie outside " + base);
        }
        return candidate;
    }

    /**
     * Uses {@code exact} as the run directory if it does not exist yet or is empty; refuses a non-empty one
     * so that nothing already written is overwritten.
     */
    public static Path createExact(Path exact) {
        try {
            if (Files.isDirectory(exact)) {
                try (var entries = Files.list(exact)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException("output directory " + exact
                                + " is not empty; choose a new one (hyperlab never overwrites a previous run)");
                    }
                }
                return exact;
            }
            return Files.createDirectories(exact);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + exact + ": " + e.getMessage(), e);
        }
    }
}
