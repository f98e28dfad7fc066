package org.hyperlab.sweep.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code when:} in a search space: parsing, which parameters are active, and the rules a condition must follow. */
class ConditionalSpaceTest {

    /** momentum when optimizer is momentum or nesterov; beta1 and warmup when adam; warmup-lr when warmup is 2 or 3. */
    private static Map<String, Object> chained() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("optimizer", List.of("sgd", "momentum", "nesterov", "adam"));
        spec.put("lr", Map.of("type", "float", "low", 1e-4, "high", 0.1, "log", true));
        spec.put("momentum", Map.of("type", "float", "low", 0.5, "high", 0.99,
                "when", Map.of("optimizer", List.of("momentum", "nesterov"))));
        spec.put("beta1", Map.of("type", "float", "low", 0.8, "high", 0.95, "when", Map.of("optimizer", "adam")));
        spec.put("warmup", Map.of("type", "int", "low", 0, "high", 3, "when", Map.of("optimizer", "adam")));
        spec.put("warmup-lr", Map.of("type", "float", "low", 1e-5, "high", 1e-3, "when", Map.of("warmup", List.of(2, 3))));
        return spec;
    }

    private static SearchSpaceException fails(Map<String, Object> spec) {
        return assertThrows(SearchSpaceException.class, () -> SearchSpaceParser.parse(spec, null));
    }

    @Test
    void parsesConditionsAsValueOrList() {
        SearchSpace space = SearchSpaceParser.parse(chained(), null);
        assertEquals(6, space.size());
        assertFalse(space.isConditional("lr"));
        assertEquals(Map.of("optimizer", List.of("momentum", "nesterov")), space.conditions().get("momentum").requirements());
        assertEquals(Map.of("optimizer", List.of("adam")), space.conditions().get("beta1").requirements());
        assertEquals(Map.of("warmup", List.of(2, 3)), space.conditions().get("warmup-lr").requirements());
        assertEquals(new FloatDistribution(0.5, 0.99, false, null), space.get("momentum"));
    }

    @Test
    void activeParametersFollowTheParentsValuesLevelByLevel() {
        SearchSpace space = SearchSpaceParser.parse(chained(), null);
        assertEquals(List.of("optimizer", "lr"), List.copyOf(space.activeAfter(Map.of()).keySet()));
        assertEquals(List.of(), List.copyOf(space.activeAfter(Map.of("optimizer", "sgd", "lr", 0.01)).keySet()));
        assertEquals(List.of("momentum"),
                List.copyOf(space.activeAfter(Map.of("optimizer", "nesterov", "lr", 0.01)).keySet()));
        assertEquals(List.of("beta1", "warmup"),
                List.copyOf(space.activeAfter(Map.of("optimizer", "adam", "lr", 0.01)).keySet()));
        // the chain: warmup-lr needs warmup in {2, 3}, and warmup itself needs adam
        assertEquals(List.of("warmup-lr"), List.copyOf(space.activeAfter(
                Map.of("optimizer", "adam", "lr", 0.01, "beta1", 0.9, "warmup", 3)).keySet()));
        assertEquals(List.of(), List.copyOf(space.activeAfter(
                Map.of("optimizer", "adam", "lr", 0.01, "beta1", 0.9, "warmup", 1)).keySet()));
    }

    @Test
    void assignmentHoldsOnlyTheActiveParameters() {
        SearchSpace space = SearchSpaceParser.parse(chained(), null);
        Map<String, Object> chosen = new LinkedHashMap<>(Map.of("optimizer", "sgd", "lr", 0.01, "momentum", 0.9,
                "beta1", 0.9, "warmup", 2, "warmup-lr", 1e-4));
        assertEquals(Map.of("optimizer", "sgd", "lr", 0.01), space.assignment(chosen, d -> null));
        chosen.put("optimizer", "adam");
        assertEquals(Map.of("optimizer", "adam", "lr", 0.01, "beta1", 0.9, "warmup", 2, "warmup-lr", 1e-4),
                space.assignment(chosen, d -> null));
        assertEquals(Map.of("warmup", 2, "optimizer", "adam"), space.activating("warmup-lr"));
        assertEquals(Map.of(), space.activating("lr"));
    }

    @Test
    void aConditionalParentThatIsInactiveLeavesItsChildInactive() {
        Condition c = new Condition(Map.of("warmup", List.of(2)));
        assertFalse(c.holds(Map.of("optimizer", "sgd")));
        assertTrue(c.holds(Map.of("warmup", 2L)));
        assertTrue(c.holds(Map.of("warmup", 2.0)));
        assertFalse(c.holds(Map.of("warmup", 3)));
    }

    @Test
    void unknownParentNamesTheParameterAndTheKnownOnes() {
        Map<String, Object> spec = chained();
        spec.put("momentum", Map.of("type", "float", "low", 0.5, "high", 0.99, "when", Map.of("optimzer", "momentum")));
        SearchSpaceException e = fails(spec);
        assertEquals("momentum", e.parameter());
        assertTrue(e.getMessage().startsWith("parameter 'momentum': when: 'optimzer' is not a parameter of the space "
                + "(expected one of optimizer, lr,"), e.getMessage());
    }

    @Test
    void aValueTheParentCannotTakeIsAnError() {
        Map<String, Object> spec = chained();
        spec.put("beta1", Map.of("type", "float", "low", 0.8, "high", 0.95, "when", Map.of("optimizer", "adamw")));
        SearchSpaceException e = fails(spec);
        assertEquals("parameter 'beta1': when: optimizer = adamw is not a value of 'optimizer' (expected one of "
                + "categorical[sgd, momentum, nesterov, adam])", e.getMessage());
        spec = chained();
        spec.put("warmup-lr", Map.of("type", "float", "low", 1e-5, "high", 1e-3, "when", Map.of("warmup", 7)));
        assertTrue(fails(spec).getMessage().contains("warmup = 7 is not a value of 'warmup' (expected one of int[0, 3])"));
    }

    @Test
    void aFloatParentIsAnError() {
        Map<String, Object> spec = chained();
        spec.put("momentum", Map.of("type", "float", "low", 0.5, "high", 0.99, "when", Map.of("lr", 0.01)));
        assertEquals("parameter 'momentum': when: 'lr' is a float parameter; a condition needs a categorical or int "
                + "parent", fails(spec).getMessage());
    }

    @Test
    void aCycleIsAnErrorNamingItsParameters() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("a", Map.of("choices", List.of("x", "y"), "when", Map.of("c", "x")));
        spec.put("b", Map.of("choices", List.of("x", "y"), "when", Map.of("a", "x")));
        spec.put("c", Map.of("choices", List.of("x", "y"), "when", Map.of("b", "y")));
        SearchSpaceException e = fails(spec);
        assertEquals("parameter 'a': when: the conditions form a cycle (a -> c -> b -> a); a parameter cannot depend on "
                + "itself", e.getMessage());
        Map<String, Object> self = new LinkedHashMap<>();
        self.put("a", Map.of("choices", List.of("x", "y"), "when", Map.of("a", "x")));
        assertTrue(fails(self).getMessage().contains("cycle (a -> a)"));
    }

    @Test
    void malformedWhenIsAnError() {
        Map<String, Object> spec = chained();
        spec.put("momentum", Map.of("type", "float", "low", 0.5, "high", 0.99, "when", "optimizer"));
        assertTrue(fails(spec).getMessage().startsWith("parameter 'momentum': 'when' must map parent parameters to a "
                + "value or a list of values"), fails(spec).getMessage());
        spec.put("momentum", Map.of("type", "float", "low", 0.5, "high", 0.99, "when", Map.of("optimizer", List.of())));
        assertTrue(fails(spec).getMessage().contains("when: 'optimizer' must be given a value or a non-empty list"));
    }
}
