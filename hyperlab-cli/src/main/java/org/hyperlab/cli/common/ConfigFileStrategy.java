package org.hyperlab.cli.common;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Applies {@code --config FILE} (see {@link ConfigOption}): after the first parse finds the option on the command
 * that will run, the file's values become that command's default values ({@link ConfigFile}) and the original
 * arguments are parsed again, so flags on the command line still win. Then the command runs as usual
 * ({@link CommandLine.RunLast}).
 *
 * <p>Because the file is read after the first parse, an option the file supplies must not be {@code required}.
 */
public final class ConfigFileStrategy implements CommandLine.IExecutionStrategy {
    private final CommandLine.IExecutionStrategy next = new CommandLine.RunLast();

    @Override
    public int execute(ParseResult parseResult) {
        ParseResult leaf = parseResult;
        while (leaf.subcommand() != null) {
            leaf = leaf.subcommand();
        }
        if (!leaf.hasMatchedOption(ConfigOption.NAME)) {
            return next.execute(parseResult);
        }
        Path file = leaf.matchedOptionValue(ConfigOption.NAME, null);
        CommandLine command = leaf.commandSpec().commandLine();
        command.setDefaultValueProvider(ConfigFile.load(file, command));
        CommandLine root = parseResult.commandSpec().commandLine();
        ParseResult again = root.parseArgs(parseResult.originalArgs().toArray(new String[0]));
        return next.execute(again);
    }
}
