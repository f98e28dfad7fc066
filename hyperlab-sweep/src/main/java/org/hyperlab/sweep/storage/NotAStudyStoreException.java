package org.hyperlab.sweep.storage;

/**
 * The database a storage URL names holds something else than a hyperlab study store (tables of its own, no
 * {@code schema_version}). It is refused before anything is written to it; front ends treat it as a usage error,
 * since the user named the wrong file or database.
 */
public final class NotAStudyStoreException extends StorageException {
    private static final long serialVersionUID = 1L;

    public NotAStudyStoreException(String message) {
        super(message);
    }
}
