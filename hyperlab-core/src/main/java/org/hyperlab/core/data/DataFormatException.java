package org.hyperlab.core.data;

import java.nio.file.Path;

/**
 * A data file that cannot be used: missing, malformed, truncated or inconsistent. The message is one line that
 * names the file (and the line for text formats) and says what was expected, e.g.
 * {@code train.csv: line 7: expected 785 columns (label + 784 pixels), found 783}.
 *
 * <p>Readers throw it before returning anything, so a caller never sees partial data. Command-line front ends
 * treat it as bad user input (exit code 2).
 */
public final class DataFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public DataFormatException(Path file, String problem) {
        this(file, problem, null);
    }

    public DataFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** An error located on a 1-based line of a text file. */
    public static DataFormatException atLine(Path file, long line, String problem) {
        return new DataFormatException(file, "line " + line + ": " + problem);
    }

    /** Longest piece of a file's content that a message quotes. */
    public static final int MAX_QUOTED = 40;

    /**
     * A piece of a file's content as a message quotes it, keeping the message one short line: control characters
     * are written as a backslash, u and four hex digits, and the text is cut after {@link #MAX_QUOTED} characters
     * (marked with {@code …}).
     */
    public static String quote(String content) {
        StringBuilder s = new StringBuilder("'");
        int n = Math.min(content.length(), MAX_QUOTED);
        for (int i = 0; i < n; i++) {
            char c = content.charAt(i);
            s.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return s.append(content.length() > MAX_QUOTED ? "…'" : "'").toString();
    }

    /** The file at fault. */
    public Path file() { return file; }
}
