package org.hyperlab.sweep.storage;

/** A study name that is already taken in the storage. */
public class StudyExistsException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** For the given name. */
    public StudyExistsException(String name) {
        super("a study named '" + name + "' already exists (resume or extend it, or choose another name)");
    }
}
