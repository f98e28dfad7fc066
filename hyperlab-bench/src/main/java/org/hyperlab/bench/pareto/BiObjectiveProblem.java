package org.hyperlab.bench.pareto;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.SearchSpace;

/**
 * A two-objective test problem, both objectives minimized, with the hypervolume of its true Pareto front for the
 * problem's reference point (computed in closed form below).
 *
 * @param name         the problem's name
 * @param space        its parameters
 * @param f            the two objective values of a parameter map
 * @param reference    the reference point of the hypervolume
 * @param trueHypervolume the hypervolume of the true front bounded by {@code reference}
 */
public record BiObjectiveProblem(String name, SearchSpace space, Function<Map<String, Object>, double[]> f,
                                 double[] reference, double trueHypervolume) {

    /**
     * ZDT1 (Zitzler, Deb and Thiele, "Comparison of multiobjective evolutionary algorithms: empirical results",
     * Evolutionary Computation 8(2), 2000) with {@code n} variables on [0, 1]: {@code f1 = x0},
     * {@code g = 1 + 9 / (n - 1) · Σ_{i≥1} x_i}, {@code f2 = g (1 - sqrt(f1 / g))}. The front is g = 1,
     * {@code f2 = 1 - sqrt(f1)}, f1 in [0, 1]. With the reference point (r, r), r ≥ 1, its hypervolume is
     * {@code ∫_0^1 (r - 1 + sqrt(a)) da + (r - 1) r = (r - 1) + 2/3 + (r - 1) r}: 0.876667 for r = 1.1.
     */
    public static BiObjectiveProblem zdt1(int n) {
        Map<String, Distribution> params = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            params.put("x" + i, FloatDistribution.uniform(0, 1));
        }
        double r = 1.1;
        return new BiObjectiveProblem("zdt1-" + n, new SearchSpace(params), p -> {
            double f1 = x(p, 0);
            double sum = 0;
            for (int i = 1; i < n; i++) {
                sum += x(p, i);
            }
            double g = 1 + 9.0 / (n - 1) * sum;
            return new double[] {f1, g * (1 - Math.sqrt(f1 / g))};
        }, new double[] {r, r}, (r - 1) + 2.0 / 3 + (r - 1) * r);
    }

    /**
     * Schaffer's problem N.1 (Schaffer 1985) on x in [-10, 10]: {@code f1 = x²}, {@code f2 = (x - 2)²}; the front is
     * x in [0, 2], {@code f2 = (sqrt(f1) - 2)²}, f1 in [0, 4]. With the reference point (4, 4) its hypervolume is
     * {@code ∫_0^4 (4 - (2 - sqrt(a))²) da = ∫_0^4 (4 sqrt(a) - a) da = 4 · (2/3) · 4^(3/2) - 8 = 64/3 - 8 = 40/3}.
     */
    public static BiObjectiveProblem schaffer1() {
        return new BiObjectiveProblem("schaffer1", new SearchSpace(Map.of("x0", FloatDistribution.uniform(-10, 10))),
                p -> {
                    double x = x(p, 0);
                    return new double[] {x * x, (x - 2) * (x - 2)};
                }, new double[] {4, 4}, 40.0 / 3);
    }

    /** A problem by name: {@code zdt1-N} or {@code schaffer1}. */
    public static BiObjectiveProblem named(String name) {
        if (name.equals("schaffer1")) {
            return schaffer1();
        }
        if (name.matches("zdt1-[0-9]+")) {
            return zdt1(Integer.parseInt(name.substring(5)));
        }
        throw new IllegalArgumentException("problem must be zdt1-N or schaffer1, got '" + name + "'");
    }

    private static double x(Map<String, Object> p, int i) {
        return ((Number) p.get("x" + i)).doubleValue();
    }
}
