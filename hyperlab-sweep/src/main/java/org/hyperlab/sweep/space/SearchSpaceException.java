package org.hyperlab.sweep.space;

/** A sweep specification that cannot be used; the message names the parameter or key and what was expected. */
public class SearchSpaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a complete one-line message. */
    public SearchSpaceException(String message) {
        super(message);
    }
}
