package org.hyperlab.core.data;

/**
 * Obtaining a data set failed: the download tool is missing or failed, the archive is damaged, a file's digest
 * does not match, or the installation directory cannot be written. The message says what to do next.
 */
public final class FetchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
