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

    /** The file at fault. */
    public Path file() { return file; }
}
