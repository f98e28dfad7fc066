package org.hyperlab.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the YAML-or-JSON documents of the config and sweep files: JSON (Jackson) when the file name ends in
 * {@code .json}, ignoring case, anything else YAML (SnakeYAML's safe constructor); a duplicate key is an error in
 * both. The callers turn the exceptions into their own one-line usage errors.
 */
final class StructuredFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private StructuredFiles() {
    }

    /**
     * The parsed document: maps, lists, strings, numbers, booleans, or null (an empty YAML file).
     *
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     * @throws com.fasterxml.jackson.core.JsonProcessingException if a JSON file is malformed
     * @throws IOException if the file cannot be read
     * @throws RuntimeException SnakeYAML's {@code YAMLException} if a YAML file is malformed
     */
    static Object read(Path file) throws IOException {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (json) {
                return JSON.readValue(in, Object.class);
            }
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            return new Yaml(new SafeConstructor(options)).load(in);
        }
    }

    /** A copy of {@code map} in the same order, each key turned into its string form. */
    static Map<String, Object> withStringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
