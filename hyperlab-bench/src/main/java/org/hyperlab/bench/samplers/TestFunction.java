package org.hyperlab.bench.samplers;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Condition;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.hyperlab.sweep.space.SearchSpace;

/**
 * A benchmark function to minimize over a search space, with its known minimum (regret = best value − minimum).
 * The continuous ones are the standard test functions as defined in Surjanovic and Bingham's "Virtual Library of
 * Simulation Experiments" (sfu.ca/~ssurjano); the same definitions are in {@code hyperlab-bench/samplers/optuna_column.py}.
 *
 * @param name    a short name
 * @param space   the search space
 * @param minimum the global minimum's value
 * @param f       the function of a parameter map
 */
public record TestFunction(String name, SearchSpace space, double minimum, ToDoubleFunction<Map<String, Object>> f) {

    /** The six functions of the benchmark, in table order. */
    public static List<TestFunction> all() {
        return List.of(branin(), hartmann6(), rosenbrock(5), styblinskiTang(10), mixed(), conditional());
    }

    /** Branin on x1 in [-5, 10], x2 in [0, 15]; minimum 0.397887 (three global minima). */
    public static TestFunction branin() {
        double b = 5.1 / (4 * Math.PI * Math.PI);
        double c = 5 / Math.PI;
        double t = 1 / (8 * Math.PI);
        return new TestFunction("branin", space(Map.of("x0", FloatDistribution.uniform(-5, 10),
                "x1", FloatDistribution.uniform(0, 15)), 2), 0.397887357729739, p -> {
                    double x1 = x(p, 0);
                    double x2 = x(p, 1);
                    double a = x2 - b * x1 * x1 + c * x1 - 6;
                    return a * a + 10 * (1 - t) * Math.cos(x1) + 10;
                });
    }

    /** Hartmann-6 on [0, 1]^6; minimum −3.32237. */
    public static TestFunction hartmann6() {
        double[] alpha = {1.0, 1.2, 3.0, 3.2};
        double[][] a = {{10, 3, 17, 3.5, 1.7, 8}, {0.05, 10, 17, 0.1, 8, 14}, {3, 3.5, 1.7, 10, 17, 8},
                {17, 8, 0.05, 10, 0.1, 14}};
        double[][] pm = {{1312, 1696, 5569, 124, 8283, 5886}, {2329, 4135, 8307, 3736, 1004, 9991},
                {2348, 1451, 3522, 2883, 3047, 6650}, {4047, 8828, 8732, 5743, 1091, 381}};
        return new TestFunction("hartmann6", cube(6, 0, 1), -3.32236801141551, p -> {
            double sum = 0;
            for (int i = 0; i < 4; i++) {
                double inner = 0;
                for (int j = 0; j < 6; j++) {
                    double d = x(p, j) - pm[i][j] * 1e-4;
                    inner += a[i][j] * d * d;
                }
                sum += alpha[i] * Math.exp(-inner);
            }
            return -sum;
        });
    }

    /** Rosenbrock in n dimensions on [-5, 10]^n; minimum 0 at (1, ..., 1). */
    public static TestFunction rosenbrock(int n) {
        return new TestFunction("rosenbrock" + n, cube(n, -5, 10), 0, p -> {
            double s = 0;
            for (int i = 0; i + 1 < n; i++) {
                double xi = x(p, i);
                double d = x(p, i + 1) - xi * xi;
                s += 100 * d * d + (xi - 1) * (xi - 1);
            }
            return s;
        });
    }

    /** Styblinski-Tang in n dimensions on [-5, 5]^n; minimum −39.16617 n at x_i = −2.903534. */
    public static TestFunction styblinskiTang(int n) {
        return new TestFunction("styblinski-tang" + n, cube(n, -5, 5), -39.166165703771412 * n, p -> {
            double s = 0;
            for (int i = 0; i < n; i++) {
                double xi = x(p, i);
                s += xi * xi * xi * xi - 16 * xi * xi + 5 * xi;
            }
            return s / 2;
        });
    }

    /**
     * A mixed space shaped like a training sweep: {@code optimizer} in {sgd, momentum, adam}, {@code lr} in
     * [1e-5, 1] (log), {@code layers} in 1..8, {@code width} in {64, 128, 256, 512}. The value is
     * {@code (log10 lr - c_opt)^2 + 0.3 (layers - 3)^2 / 4 + 0.5 [width != 256] + o_opt} with per-optimizer optimum
     * {@code c = (-1, -2, -3)} and offset {@code o = (0.6, 0.2, 0)}; minimum 0 (adam, lr 1e-3, 3 layers, 256).
     */
    public static TestFunction mixed() {
        Map<String, Distribution> params = new java.util.LinkedHashMap<>();
        params.put("optimizer", new CategoricalDistribution(List.of("sgd", "momentum", "adam")));
        params.put("lr", FloatDistribution.logUniform(1e-5, 1));
        params.put("layers", IntDistribution.of(1, 8));
        params.put("width", new CategoricalDistribution(List.of(64, 128, 256, 512)));
        return new TestFunction("mixed", new SearchSpace(params), 0, p -> {
            int opt = List.of("sgd", "momentum", "adam").indexOf(p.get("optimizer"));
            double centre = -1 - opt;
            double offset = new double[] {0.6, 0.2, 0}[opt];
            double l = Math.log10(((Number) p.get("lr")).doubleValue()) - centre;
            int layers = ((Number) p.get("layers")).intValue();
            int width = ((Number) p.get("width")).intValue();
            return l * l + 0.3 * (layers - 3) * (layers - 3) / 4.0 + (width == 256 ? 0 : 0.5) + offset;
        });
    }

    /**
     * The mixed space of {@link #mixed()} without {@code width} and with conditional parameters: {@code momentum} in
     * [0, 0.99] only for the momentum optimizer, {@code beta1} in [0.5, 0.999] and {@code warmup} in 0..10 only for
     * adam. The value is {@code (log10 lr - c_opt)^2 + 0.3 (layers - 3)^2 / 4 + o_opt} plus
     * {@code 2 (momentum - 0.9)^2} for momentum and {@code 5 (beta1 - 0.85)^2 + 0.02 (warmup - 4)^2} for adam, with
     * {@code c} and {@code o} as in {@link #mixed()}; minimum 0 (adam, lr 1e-3, 3 layers, beta1 0.85, warmup 4), so
     * the optimum lies in one branch with its conditional parameters at known values.
     */
    public static TestFunction conditional() {
        List<String> optimizers = List.of("sgd", "momentum", "adam");
        Map<String, Distribution> params = new java.util.LinkedHashMap<>();
        params.put("optimizer", new CategoricalDistribution(List.copyOf(optimizers)));
        params.put("lr", FloatDistribution.logUniform(1e-5, 1));
        params.put("layers", IntDistribution.of(1, 8));
        params.put("momentum", FloatDistribution.uniform(0, 0.99));
        params.put("beta1", FloatDistribution.uniform(0.5, 0.999));
        params.put("warmup", IntDistribution.of(0, 10));
        Condition adam = new Condition(Map.of("optimizer", List.of("adam")));
        SearchSpace space = new SearchSpace(params, Map.of("momentum",
                new Condition(Map.of("optimizer", List.of("momentum"))), "beta1", adam, "warmup", adam));
        return new TestFunction("conditional", space, 0, p -> {
            int opt = optimizers.indexOf(p.get("optimizer"));
            double l = Math.log10(((Number) p.get("lr")).doubleValue()) + 1 + opt;
            int layers = ((Number) p.get("layers")).intValue();
            double v = l * l + 0.3 * (layers - 3) * (layers - 3) / 4.0 + new double[] {0.6, 0.2, 0}[opt];
            if (opt == 1) {
                v += 2 * Math.pow(((Number) p.get("momentum")).doubleValue() - 0.9, 2);
            } else if (opt == 2) {
                v += 5 * Math.pow(((Number) p.get("beta1")).doubleValue() - 0.85, 2)
                        + 0.02 * Math.pow(((Number) p.get("warmup")).intValue() - 4, 2);
            }
            return v;
        });
    }

    private static double x(Map<String, Object> p, int i) {
        return ((Number) p.get("x" + i)).doubleValue();
    }

    private static SearchSpace cube(int n, double low, double high) {
        Map<String, Distribution> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            params.put("x" + i, FloatDistribution.uniform(low, high));
        }
        return new SearchSpace(params);
    }

    private static SearchSpace space(Map<String, Distribution> unordered, int n) {
        Map<String, Distribution> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            params.put("x" + i, unordered.get("x" + i));
        }
        return new SearchSpace(params);
    }
}
