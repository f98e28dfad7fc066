package org.hyperlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON through Jackson: plain values in file order, strict syntax, and one-line errors for hostile documents. */
class JsonTextTest {
    private static final JsonText DEFAULT = new JsonText(StreamReadConstraints.defaults());

    @Test
    void parsesToPlainValuesWithLongIntegers() {
        Object doc = DEFAULT.parse("{\"a\\\"b\": [1, -2.5e1, true, null, \"\\u00e9\\n\"], \"c\": {}}");
        assertEquals("{a\"b=[1, -25.0, true, null, é\n], c={}}", doc.toString());
        List<?> items = (List<?>) ((Map<?, ?>) doc).get("a\"b");
        assertEquals(Long.class, items.get(0).getClass());
        assertEquals(Double.class, items.get(1).getClass());
    }

    @Test
    void writesWhatItParses() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("z", "q\"\\\n\u0001");
        doc.put("a", Arrays.asList(1, 2L, null, true));
        String text = JsonText.write(doc);
        assertEquals("{\"z\":\"q\\\"\\\\\\n\\u0001\",\"a\":[1,2,null,true]}", text);
        assertEquals(Map.of("z", "q\"\\\n\u0001", "a", Arrays.asList(1L, 2L, null, true)), DEFAULT.parse(text));
    }

    @Test
    void rejectsGarbageNamingTheOffset() {
        for (String bad : List.of("{", "[1,]", "{\"a\":1,\"a\":2}", "tru", "\"abc", "{} x", "01x", "[NaN]", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DEFAULT.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("JSON: "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> DEFAULT.parse("{\"a\":1,\"a\":2}"));
        assertTrue(dup.getMessage().contains("Duplicate field 'a'"), dup.getMessage());
    }

    @Test
    void deepNestingIsAOneLineErrorNotAStackOverflow() {
        int depth = 200_000;
        String deep = "[".repeat(depth) + "]".repeat(depth);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DEFAULT.parse(deep));
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        JsonText shallow = new JsonText(StreamReadConstraints.builder().maxNestingDepth(2).build());
        assertEquals(List.of(List.of()), shallow.parse("[[]]"));
        assertThrows(IllegalArgumentException.class, () -> shallow.parse("[[[]]]"));
    }

    @Test
    void longStringsAndNumbersBeyondTheLimitsAreRefused() {
        JsonText tight = new JsonText(StreamReadConstraints.builder().maxStringLength(10).maxNumberLength(5).build());
        assertEquals("0123456789", tight.parse("\"0123456789\""));
        IllegalArgumentException s = assertThrows(IllegalArgumentException.class,
                () -> tight.parse("\"" + "x".repeat(100) + "\""));
        assertTrue(s.getMessage().contains("String value length"), s.getMessage());
        assertEquals(12345L, tight.parse("12345"));
        assertThrows(IllegalArgumentException.class, () -> tight.parse("123456"));
    }
}
