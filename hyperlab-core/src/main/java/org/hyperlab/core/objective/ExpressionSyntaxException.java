package org.hyperlab.core.objective;

/**
 * A malformed objective expression. The message names what was expected and the 1-based column, e.g.
 * {@code expected ')' at column 17}.
 */
public final class ExpressionSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int column;

    public ExpressionSyntaxException(String problem, int column) {
        super(problem + " at column " + column);
        this.column = column;
    }

    /** The 1-based column where the problem was found (length + 1 for the end of the text). */
    public int column() { return column; }
}
