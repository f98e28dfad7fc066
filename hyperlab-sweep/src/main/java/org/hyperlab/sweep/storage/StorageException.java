package org.hyperlab.sweep.storage;

/** A study store that cannot be opened, read or written; the message names the storage and the cause. */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a cause. */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Without a cause. */
    public StorageException(String message) {
        super(message);
    }
}
