package org.hyperlab.sweep.file;

/**
 * A problem with the value of one top-level key of a sweep file; {@link SweepFileReader} names the line of that key
 * when the file composes as YAML ({@link KeyLines}).
 */
final class KeyProblem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The top-level key. */
    final String key;

    KeyProblem(String key, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    /** Runs {@code body}, turning an {@link IllegalArgumentException} into a problem of {@code key}. */
    static <T> T at(String key, java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (KeyProblem e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new KeyProblem(key, e.getMessage(), e);
        }
    }
}
