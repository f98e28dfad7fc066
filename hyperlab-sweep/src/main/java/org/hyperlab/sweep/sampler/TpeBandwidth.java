package org.hyperlab.sweep.sampler;

/**
 * How the multivariate TPE's {@link ParzenMixture} chooses the sigmas of the observation kernels on a numeric
 * coordinate (before the magic clip). On the sampler benchmark (docs/samplers.md) the neighbour rule matched
 * Optuna 5's default TPE on Branin, Hartmann-6 and Rosenbrock-5D, Scott's rule fell behind on Rosenbrock-5D.
 */
public enum TpeBandwidth {
    /**
     * Each observation's sigma is the larger distance to its neighbours among the sorted observations and the
     * bounds, the outermost using their inner neighbour only (Bergstra et al. 2011; Optuna 5's joint TPE uses it
     * per coordinate): narrow where observations cluster.
     */
    NEIGHBOR {
        @Override
        double[] of(double[][] obs, int j, double low, double high, int d) {
            int n = obs.length;
            double[] out = new double[n];
            if (n == 0) {
                return out;
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(obs[a][j], obs[b][j]));
            double[] ends = new double[n + 2];
            ends[0] = low;
            for (int i = 0; i < n; i++) {
                ends[i + 1] = obs[order[i]][j];
            }
            ends[n + 1] = high;
            for (int i = 0; i < n; i++) {
                double sigma = Math.max(ends[i + 1] - ends[i], ends[i + 2] - ends[i + 1]);
                if (n >= 2 && i == 0) {
                    sigma = ends[2] - ends[1];
                } else if (n >= 2 && i == n - 1) {
                    sigma = ends[n] - ends[n - 1];
                }
                out[order[i]] = sigma;
            }
            return out;
        }
    },
    /** One sigma for all: {@code 0.2 * max(n, 1)^(-1/(d+4)) * (high - low)} (Scott's rule, as in BOHB). */
    SCOTT {
        @Override
        double[] of(double[][] obs, int j, double low, double high, int d) {
            double[] out = new double[obs.length];
            java.util.Arrays.fill(out, 0.2 * Math.pow(Math.max(obs.length, 1), -1.0 / (d + 4)) * (high - low));
            return out;
        }
    };

    /** The sigmas of the observations on coordinate {@code j}. */
    abstract double[] of(double[][] observations, int j, double low, double high, int d);
}
