package org.hyperlab.cli;

import org.hyperlab.cli.common.ExitCodes;
import picocli.CommandLine;

/** Prints a usage error as one line naming the command and what was expected, then exits with code 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        String name = cl.getCommandSpec().qualifiedName();
        cl.getErr().println(ErrorLine.of(name, ex.getMessage() + " (see '" + name + " --help')"));
        return ExitCodes.USAGE;
    }
}
