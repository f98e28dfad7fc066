package org.hyperlab.cli.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hyperlab.sweep.file.StructuredDocuments;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option values read from a config file, served to picocli as defaults ({@link CommandLine.IDefaultValueProvider}):
 * an option given on the command line wins, an option in the file comes next, the built-in default last.
 *
 * <p>Format: a {@code .json} file is read with Jackson, anything else with SnakeYAML (so {@code .yaml} and
 * {@code .yml}); the top level must be a mapping. Keys are long option names without the leading dashes, any alias
 * allowed, each option named at most once. Values are scalars, or lists for multi-valued options (joined with
 * commas, so such options must declare {@code split = ","}); {@code null} or an empty list leaves the option at its
 * built-in default (so a resolved configuration written as JSON reads back). An unknown key, a duplicate, a nested mapping or an
 * unreadable file is a usage error naming the file and the key.
 */
public final class ConfigFile implements CommandLine.IDefaultValueProvider {
    private final Path file;
    private final Map<OptionSpec, String> values;

    private ConfigFile(Path file, Map<OptionSpec, String> values) {
        this.file = file;
        this.values = values;
    }

    /** Reads {@code file} and checks every key against the options of {@code command}'s spec. */
    public static ConfigFile load(Path file, CommandLine command) {
        Map<String, Object> raw = read(file, command);
        CommandSpec spec = command.getCommandSpec();
        Map<String, OptionSpec> byKey = new LinkedHashMap<>();
        for (OptionSpec o : spec.options()) {
            if (o.usageHelp() || o.versionHelp()) {
                continue; // --help and --version make no sense in a file
            }
            for (String name : o.names()) {
                if (name.startsWith("--")) {
                    byKey.put(name.substring(2), o);
                }
            }
        }
        byKey.remove(ConfigOption.NAME.substring(2));
        Map<OptionSpec, String> values = new LinkedHashMap<>();
        Map<OptionSpec, String> keyOf = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            String key = e.getKey();
            OptionSpec option = byKey.get(key);
            if (option == null) {
                throw usage(command, file, "unknown key '" + key + "' (expected one of: "
                        + new TreeSet<>(byKey.keySet()).stream().collect(Collectors.joining(", ")) + ")");
            }
            String previous = keyOf.put(option, key);
            if (previous != null) {
                throw usage(command, file, "keys '" + previous + "' and '" + key + "' name the same option "
                        + option.longestName());
            }
            String value = text(command, file, key, e.getValue());
            if (value != null) {
                values.put(option, value);
            }
        }
        return new ConfigFile(file, values);
    }

    /** The file these values came from. */
    public Path file() { return file; }

    /** The number of options the file sets. */
    public int size() { return values.size(); }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        return argSpec instanceof OptionSpec o ? values.get(o) : null;
    }

    private static Map<String, Object> read(Path file, CommandLine command) {
        Object doc;
        try {
            doc = StructuredDocuments.read(file);
        } catch (NoSuchFileException e) {
            throw usage(command, file, "file not found");
        } catch (JsonProcessingException e) {
            throw usage(command, file, "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw usage(command, file, "cannot read: " + e.getMessage());
        } catch (RuntimeException e) { // SnakeYAML's YAMLException and its subclasses
            throw usage(command, file, "not valid YAML: " + e.getMessage().replaceAll("\\s+", " ").strip());
        }
        if (doc == null) {
            return Map.of();
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw usage(command, file, "expected a mapping of option names to values at the top level");
        }
        return StructuredDocuments.withStringKeys(map);
    }

    private static String text(CommandLine command, Path file, String key, Object value) {
        if (value == null || value instanceof List<?> l && l.isEmpty()) {
            return null; // null or [] leaves the option at its built-in default
        }
        if (value instanceof Map) {
            throw usage(command, file, "key '" + key + "': expected a value or a list, found a mapping");
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item == null || item instanceof Map || item instanceof List) {
                    throw usage(command, file, "key '" + key + "': list items must be plain values");
                }
            }
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }

    private static CommandLine.ParameterException usage(CommandLine command, Path file, String problem) {
        return new CommandLine.ParameterException(command, "config file " + file + ": " + problem);
    }
}
