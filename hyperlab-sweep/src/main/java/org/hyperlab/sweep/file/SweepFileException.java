package org.hyperlab.sweep.file;

/** A sweep file that cannot be read or is not valid; the message names the file and the key. */
public final class SweepFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SweepFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
