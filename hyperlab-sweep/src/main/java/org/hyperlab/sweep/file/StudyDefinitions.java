package org.hyperlab.sweep.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A study's stored definition: the sweep file's top-level mapping as JSON, with {@code study} and {@code trials} set
 * to the study's name and trial budget, so that a process given only the study's name (ask, report, tell, a worker)
 * rebuilds the same search space, fixed values, objective, sampler and pruner through the one grammar,
 * {@link SweepFileReader#parse}.
 */
public final class StudyDefinitions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StudyDefinitions() {
    }

    /** The definition of study {@code name} made from {@code file} with a budget of {@code trials}. */
    public static String toJson(SweepFile file, String name, int trials) {
        Map<String, Object> doc = new LinkedHashMap<>(file.document());
        doc.put("study", name);
        doc.put("trials", trials);
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the study definition: " + e.getMessage(), e);
        }
    }

    /** The sweep file a stored definition describes; {@code source} names it in messages. */
    public static SweepFile fromJson(String json, String source) {
        Object doc;
        try {
            doc = JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new SweepFileException("sweep file " + source + ": the stored definition is not JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (!(doc instanceof Map<?, ?> m)) {
            throw new SweepFileException("sweep file " + source + ": the stored definition is not a mapping", null);
        }
        return SweepFileReader.parse(StructuredDocuments.withStringKeys(m), source);
    }
}
