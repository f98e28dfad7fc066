package org.hyperlab.cli.common;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --config FILE} option; add it to a command with {@code @Mixin ConfigOption config;}. The file's
 * keys are the command's long option names without dashes (or any alias: {@code learning-rate} or {@code lr}),
 * its values what the flags would take (a list for a comma-separated option). Precedence, highest first: a flag
 * on the command line, the config file, the option's built-in default. {@link ConfigFileStrategy} applies it.
 */
public final class ConfigOption {
    /** The option's name, as the strategy looks it up. */
    public static final String NAME = "--config";

    @Option(names = NAME, paramLabel = "FILE",
            description = "Read option values from a YAML or JSON file (keys = long option names without dashes, "
                    + "e.g. 'learning-rate: 0.001'); flags on the command line override the file.")
    Path file;

    /** The config file given, or null. */
    public Path file() { return file; }
}
