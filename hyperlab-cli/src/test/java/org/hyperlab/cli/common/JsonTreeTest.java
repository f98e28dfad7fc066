package org.hyperlab.cli.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreeTest {
    private static Map<String, Object> sample() {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("epoch", 3);
        point.put("w", -0.0);
        point.put("J", 1.0E-300);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "sgd \"quoted\" \\ tab\t newline\n η = 5 ✓");
        m.put("big", 12345678901234L);
        m.put("values", Arrays.asList(0.1, 2.0, Double.NaN, Double.POSITIVE_INFINITY, Double.MAX_VALUE, null));
        m.put("empty list", List.of());
        m.put("empty map", Map.of());
        m.put("flag", true);
        m.put("missing", null);
        m.put("history", List.of(point, point));
        m.put("nested", List.of(List.of(1, 2), List.of()));
        return m;
    }

    @Test
    void writesTheSameBytesAsTheObjectMapper() throws Exception {
        Map<String, Object> doc = sample();
        assertTrue(JsonTree.isPlain(doc));
        assertEquals(Json.mapper().writeValueAsString(doc), JsonTree.write(doc));
        assertEquals(Json.mapper().writeValueAsString(List.of(doc)), JsonTree.write(List.of(doc)));
    }

    @Test
    void prettyPrintsWithJacksonsDefaultLayout() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("runs", List.of(1, 2.5));
        doc.put("ok", null);
        assertEquals("{\n  \"runs\" : [ 1, 2.5 ],\n  \"ok\" : null\n}", Json.write(doc));
    }

    @Test
    void recordsAndOtherTypesAreNotPlainAndGoThroughTheMapper() {
        record Point(int epoch, double w) {
        }
        List<Object> withRecord = new ArrayList<>(List.of(1, new Point(2, 0.5)));
        assertFalse(JsonTree.isPlain(withRecord));
        assertFalse(JsonTree.isPlain(Map.of(1, "non-string key")));
        assertFalse(JsonTree.isPlain(new double[] {1}));
        assertEquals("[ 1, {\n  \"epoch\" : 2,\n  \"w\" : 0.5\n} ]", Json.write(withRecord));
    }
}
