package org.hyperlab.sweep.file;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Where the top-level keys of a sweep file stand, and the keys of one top-level mapping (e.g. each parameter under
 * {@code params}), so that an error about a key or a parameter can name its line. The file is composed as YAML (SnakeYAML's node tree keeps positions;
 * JSON is read the same way), with the limits of {@link StructuredDocuments}; a file that does not compose, or has
 * no such mapping, gives no lines.
 */
final class KeyLines {
    private KeyLines() {
    }

    /** Top-level key to its 1-based line; empty when unknown. */
    static Map<String, Integer> top(Path file) {
        return lines(file, null);
    }

    /** Key of the mapping under top-level {@code section} to its 1-based line; empty when unknown. */
    static Map<String, Integer> under(Path file, String section) {
        return lines(file, section);
    }

    /** The keys' lines of the root mapping ({@code section} null) or of the mapping under {@code section}. */
    private static Map<String, Integer> lines(Path file, String section) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(StructuredDocuments.MAX_ALIASES);
        options.setCodePointLimit(StructuredDocuments.MAX_CODE_POINTS);
        options.setNestingDepthLimit(StructuredDocuments.MAX_NESTING);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(options).compose(in);
            Node mapping = section == null ? root : valueOf(root, section);
            if (mapping instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode key) {
                        lines.putIfAbsent(key.getValue(), key.getStartMark().getLine() + 1);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // positions are a courtesy: the error is reported without a line
        }
        return lines;
    }

    private static Node valueOf(Node node, String key) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }
}
