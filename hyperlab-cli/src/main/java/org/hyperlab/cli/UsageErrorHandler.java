package org.hyperlab.cli;

import picocli.CommandLine;

/** Prints a usage error as one line naming the command and what was expected, then exits with code 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": " + ex.getMessage()
                + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        return ExitCodes.USAGE;
    }
}
