package org.hyperlab.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON (RFC 8259) through Jackson, as plain Java values: objects become {@link java.util.LinkedHashMap}s in file
 * order, arrays {@link java.util.List}s, integers {@link Long} (or {@link java.math.BigInteger} beyond it), other
 * numbers {@link Double}, and strings, booleans and null themselves.
 *
 * <p>Reading is strict and bounded: a duplicate key, text after the value, NaN or a trailing comma is an error, and
 * so is a document beyond the given {@link StreamReadConstraints} (nesting depth, string, number and document
 * length), so hostile input ends in an {@link IllegalArgumentException} with a one-line message
 * {@code "JSON: <problem> at offset <n>"}, never a stack overflow or an unbounded allocation.
 */
public final class JsonText {
    private static final ObjectMapper WRITER = new ObjectMapper();

    private final ObjectReader reader;

    /** A reader that refuses documents beyond {@code limits}. */
    public JsonText(StreamReadConstraints limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.reader = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_LONG_FOR_INTS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build()
                .readerFor(Object.class);
    }

    /** Parses one JSON value that must span the whole text (surrounding whitespace allowed). */
    public Object parse(String text) {
        try {
            return reader.readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(oneLine(e), e);
        }
    }

    /** {@code value} (maps, lists, strings, numbers, booleans, null) as compact JSON, maps in iteration order. */
    public static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("JSON: cannot write " + value.getClass().getName(), e);
        }
    }

    /** Jackson's problem without its multi-line source excerpt, and where it happened. */
    private static String oneLine(JsonProcessingException e) {
        String problem = String.valueOf(e.getOriginalMessage()).replaceAll("\\s*\\R\\s*", " ");
        JsonLocation at = e.getLocation();
        return "JSON: " + problem + (at != null && at.getCharOffset() >= 0 ? " at offset " + at.getCharOffset() : "");
    }
}
