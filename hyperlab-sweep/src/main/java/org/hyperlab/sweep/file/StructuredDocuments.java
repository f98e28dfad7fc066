package org.hyperlab.sweep.file;

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
 * {@code .json}, ignoring case, anything else YAML (SnakeYAML's safe constructor: plain maps, lists and scalars, no
 * custom types; at most {@value #MAX_CODE_POINTS} characters, {@value #MAX_ALIASES} aliases and {@value #MAX_NESTING}
 * levels of nesting); a duplicate key is an error in both. The callers turn the exceptions into their own one-line usage errors.
 */
public final class StructuredDocuments {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Largest document read, in characters (a sweep or config file is a few hundred). */
    public static final int MAX_CODE_POINTS = 1 << 20;
    /** Most aliases a YAML document may expand (guards against alias bombs). */
    public static final int MAX_ALIASES = 20;
    /** Deepest nesting of collections. */
    public static final int MAX_NESTING = 20;

    private StructuredDocuments() {
    }

    /**
     * The parsed document: maps, lists, strings, numbers, booleans, or null (an empty YAML file).
     *
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     * @throws com.fasterxml.jackson.core.JsonProcessingException if a JSON file is malformed
     * @throws IOException if the file cannot be read
     * @throws RuntimeException SnakeYAML's {@code YAMLException} if a YAML file is malformed
     */
    public static Object read(Path file) throws IOException {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (json) {
                return JSON.readValue(in, Object.class);
            }
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(MAX_ALIASES);
            options.setCodePointLimit(MAX_CODE_POINTS);
            options.setNestingDepthLimit(MAX_NESTING);
            return new Yaml(new SafeConstructor(options)).load(in);
        }
    }

    /** A copy of {@code map} in the same order, each key turned into its string form. */
    public static Map<String, Object> withStringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
