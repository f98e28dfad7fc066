package org.hyperlab.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fixtures' test-only JSON reader: exact doubles, nesting, escapes, and one-line errors with the offset. */
class GoldenJsonTest {
    @Test
    void readsPythonsShortestReprBackToTheSameDouble() {
        Object v = GoldenJson.parse("[0.1, -2.500000009989507e+11, 9.999999960041972e-13, 4.266523747892965E-17, 3]");
        assertEquals(List.of(0.1, -2.500000009989507e11, 9.999999960041972e-13, 4.266523747892965e-17, 3.0), v);
    }

    @Test
    void readsNestedObjectsInFileOrder() {
        Object v = GoldenJson.parse(" {\"b\": {\"x\": [true, false, null]}, \"a\": \"q\\\"\\u00e9\", \"e\": []} ");
        assertTrue(v instanceof Map<?, ?>);
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(List.of("b", "a", "e"), List.copyOf(m.keySet()));
        assertEquals("q\"é", m.get("a"));
        assertEquals(java.util.Arrays.asList(true, false, null), ((Map<?, ?>) m.get("b")).get("x"));
        assertEquals(List.of(), m.get("e"));
    }

    @Test
    void rejectsMalformedTextNamingTheOffset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldenJson.parse("[1, 2"));
        assertTrue(e.getMessage().contains("offset 5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GoldenJson.parse("[NaN]"));
        assertThrows(IllegalArgumentException.class, () -> GoldenJson.parse("{\"a\": 1} x"));
        assertThrows(IllegalArgumentException.class, () -> GoldenJson.parse("[1.2.3]"));
    }
}
