package org.hyperlab.cli;

import org.hyperlab.cli.common.ExitCodes;
import org.hyperlab.cli.common.UsageException;
import org.hyperlab.core.data.DataFormatException;
import org.hyperlab.sweep.storage.NotAStudyStoreException;
import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one line on stderr. {@link UsageException} and
 * {@link DataFormatException} (a malformed or missing data file the user named) and {@link NotAStudyStoreException}
 * (a database that is not a study store) mean the user's input was wrong
 * (exit 2); anything else is a failure (exit 1). Set {@code HYPERLAB_DEBUG=1} for the stack trace.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        String name = cl.getCommandSpec().qualifiedName();
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cl.getErr().println(ErrorLine.of(name, message));
        if (System.getenv("HYPERLAB_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        boolean usage = ex instanceof UsageException || ex instanceof DataFormatException
                || ex instanceof NotAStudyStoreException;
        return usage ? ExitCodes.USAGE : ExitCodes.FAILURE;
    }
}
