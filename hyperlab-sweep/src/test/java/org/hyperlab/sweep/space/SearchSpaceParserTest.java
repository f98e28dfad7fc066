package org.hyperlab.sweep.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchSpaceParserTest {
    private static final Set<String> KNOWN = Set.of("lr", "batch-size", "optimizer", "momentum");

    @Test
    void parsesAllKindsInOrder() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("lr", Map.of("type", "float", "low", 1e-4, "high", 0.1, "log", true));
        spec.put("batch-size", Map.of("type", "int", "low", 16, "high", 256, "log", true));
        spec.put("optimizer", List.of("sgd", "adam"));
        spec.put("momentum", Map.of("type", "float", "low", 0, "high", 0.9, "step", 0.1));
        SearchSpace space = SearchSpaceParser.parse(spec, KNOWN);
        assertEquals(List.of("lr", "batch-size", "optimizer", "momentum"), List.copyOf(space.parameters().keySet()));
        assertEquals(FloatDistribution.logUniform(1e-4, 0.1), space.get("lr"));
        assertEquals(new IntDistribution(16, 256, true, 1), space.get("batch-size"));
        assertEquals(new CategoricalDistribution(List.of("sgd", "adam")), space.get("optimizer"));
        assertEquals(new FloatDistribution(0, 0.9, false, 0.1), space.get("momentum"));
    }

    @Test
    void unknownOptionNamesTheParameter() {
        SearchSpaceException e = assertThrows(SearchSpaceException.class, () -> SearchSpaceParser.parse(
                Map.of("learning_rat", Map.of("type", "float", "low", 0.1, "high", 1)), KNOWN));
        assertTrue(e.getMessage().startsWith("parameter 'learning_rat': unknown option"), e.getMessage());
    }

    @Test
    void lowAboveHighNamesTheParameter() {
        SearchSpaceException e = assertThrows(SearchSpaceException.class,
                () -> SearchSpaceParser.parse(Map.of("lr", Map.of("type", "float", "low", 1, "high", 0.1)), KNOWN));
        assertTrue(e.getMessage().startsWith("parameter 'lr': low must not exceed high"), e.getMessage());
    }

    @Test
    void logWithNonPositiveLowNamesTheParameter() {
        SearchSpaceException e = assertThrows(SearchSpaceException.class, () -> SearchSpaceParser.parse(
                Map.of("batch-size", Map.of("type", "int", "low", 0, "high", 8, "log", true)), KNOWN));
        assertTrue(e.getMessage().startsWith("parameter 'batch-size': a log range needs low > 0"), e.getMessage());
    }

    @Test
    void misspelledKeyAndMissingBoundAreReported() {
        SearchSpaceException e = assertThrows(SearchSpaceException.class, () -> SearchSpaceParser.parse(
                Map.of("lr", Map.of("type", "float", "low", 0.1, "hihg", 1)), KNOWN));
        assertTrue(e.getMessage().contains("unknown key 'hihg'"), e.getMessage());
        e = assertThrows(SearchSpaceException.class, () -> SearchSpaceParser.parse(
                Map.of("lr", Map.of("type", "float", "low", 0.1)), KNOWN));
        assertTrue(e.getMessage().contains("'high' must be a number"), e.getMessage());
    }

    @Test
    void nullKnownOptionsAcceptsAnyName() {
        SearchSpace space = SearchSpaceParser.parse(Map.of("x", Map.of("type", "int", "low", 1, "high", 3)), null);
        assertEquals(IntDistribution.of(1, 3), space.get("x"));
    }

    @Test
    void distributionsRoundTripInternalValues() {
        CategoricalDistribution c = new CategoricalDistribution(List.of("a", 32, true));
        assertEquals(1.0, c.toInternal(32L));
        assertEquals(true, c.toExternal(2));
        IntDistribution i = new IntDistribution(2, 11, false, 3);
        assertEquals(11, i.effectiveHigh());
        assertEquals(8, i.toExternal(7.4));
        FloatDistribution f = new FloatDistribution(0, 1, false, 0.25);
        assertEquals(0.75, f.round(0.8));
        assertTrue(f.contains(0.5));
    }
}
