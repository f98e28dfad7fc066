package org.hyperlab.cli.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/**
 * The one JSON writer of the CLI. {@code --json} prints exactly one document on stdout; progress and logs go to
 * stderr. Non-finite doubles are written as {@code null} would be wrong silently, so callers map them first
 * (see {@link #finiteOrNull(double)}).
 */
public final class Json {
    private Json() {
    }

    /** The mapper, created on first use (a plain tree of maps and lists is written without it: {@link JsonTree}). */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    public static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    /**
     * Serializes {@code value} (records, maps, lists) as pretty JSON text. A plain tree of maps, lists, strings
     * and numbers takes the streaming path ({@link JsonTree}, same bytes, much cheaper to start).
     */
    public static String write(Object value) {
        if (JsonTree.isPlain(value)) {
            return JsonTree.write(value);
        }
        try {
            return Mapper.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize to JSON: " + e.getMessage(), e);
        }
    }

    /** Prints {@code value} as one JSON document on {@code out}. */
    public static void print(PrintWriter out, Object value) {
        out.println(write(value));
        out.flush();
    }

    /** {@code value} boxed, or null when it is NaN or infinite (JSON has no such numbers). */
    public static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
