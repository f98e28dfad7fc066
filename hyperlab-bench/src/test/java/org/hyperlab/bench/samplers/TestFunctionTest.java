package org.hyperlab.bench.samplers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark functions at their published minimizers (Surjanovic and Bingham) give their stated minima. */
class TestFunctionTest {

    private static Map<String, Object> point(double... x) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            p.put("x" + i, x[i]);
        }
        return p;
    }

    private static void assertMinimumAt(TestFunction f, Map<String, Object> at, double tolerance) {
        assertEquals(f.minimum(), f.f().applyAsDouble(at), tolerance, f.name());
        for (var e : at.entrySet()) {
            assertTrue(f.space().get(e.getKey()).contains(e.getValue()), f.name() + ": " + e.getKey() + " inside the space");
        }
        assertEquals(at.keySet(), f.space().assignment(at, d -> null).keySet(), f.name() + ": the active parameters");
    }

    @Test
    void minimaAtTheKnownMinimizers() {
        assertMinimumAt(TestFunction.branin(), point(-Math.PI, 12.275), 1e-6);
        assertMinimumAt(TestFunction.branin(), point(Math.PI, 2.275), 1e-6);
        assertMinimumAt(TestFunction.branin(), point(9.42478, 2.475), 1e-5);
        assertMinimumAt(TestFunction.hartmann6(), point(0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573), 1e-5);
        assertMinimumAt(TestFunction.rosenbrock(5), point(1, 1, 1, 1, 1), 0);
        double[] st = new double[10];
        java.util.Arrays.fill(st, -2.903534);
        assertMinimumAt(TestFunction.styblinskiTang(10), point(st), 1e-6);
        Map<String, Object> best = new LinkedHashMap<>(Map.of("optimizer", "adam", "lr", 1e-3, "layers", 3,
                "width", 256));
        assertMinimumAt(TestFunction.mixed(), best, 1e-12);
    }

    @Test
    void theConditionalFunctionsMinimumLiesInTheAdamBranch() {
        TestFunction f = TestFunction.conditional();
        Map<String, Object> best = Map.of("optimizer", "adam", "lr", 1e-3, "layers", 3, "beta1", 0.85, "warmup", 4);
        assertMinimumAt(f, best, 1e-12);
        // the point holds exactly the parameters active for adam
        assertEquals(best, f.space().assignment(best, d -> null));
        // each other branch's best: its offset (momentum at 0.9, lr 1e-2; sgd at lr 1e-1)
        assertEquals(0.2, f.f().applyAsDouble(Map.of("optimizer", "momentum", "lr", 1e-2, "layers", 3,
                "momentum", 0.9)), 1e-12);
        assertEquals(0.6, f.f().applyAsDouble(Map.of("optimizer", "sgd", "lr", 1e-1, "layers", 3)), 1e-12);
    }

    @Test
    void bootstrapIntervalContainsTheMeanAndCollapsesOnAConstant() {
        BootstrapInterval c = BootstrapInterval.of(new double[] {2, 2, 2, 2});
        assertEquals(2, c.mean());
        assertEquals(2, c.lower());
        assertEquals(2, c.upper());
        double[] v = new double[30];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        BootstrapInterval b = BootstrapInterval.of(v);
        assertEquals(14.5, b.mean(), 1e-12);
        // the standard error of the mean is 8.80 / sqrt(30) = 1.61: a 95 % interval spans about ±3.2
        assertTrue(b.lower() > 14.5 - 4.5 && b.lower() < 14.5 - 2, "lower " + b.lower());
        assertTrue(b.upper() < 14.5 + 4.5 && b.upper() > 14.5 + 2, "upper " + b.upper());
        assertTrue(b.overlaps(new BootstrapInterval(20, b.upper() - 0.1, 30)));
    }
}
