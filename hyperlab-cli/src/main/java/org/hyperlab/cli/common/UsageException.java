package org.hyperlab.cli.common;

/** Bad user input detected after parsing (a malformed file, an inconsistent flag): exit code 2. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
