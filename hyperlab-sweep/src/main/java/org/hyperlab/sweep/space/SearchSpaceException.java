package org.hyperlab.sweep.space;

/** A sweep specification that cannot be used; the message names the parameter or key and what was expected. */
public class SearchSpaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    /** Creates the exception with a complete one-line message. */
    public SearchSpaceException(String message) {
        this(null, message);
    }

    /** Creates the exception for one parameter (so a reader can point at its line); the message names it too. */
    public SearchSpaceException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter at fault, or {@code null} when the problem is not one parameter's. */
    public String parameter() {
        return parameter;
    }
}
