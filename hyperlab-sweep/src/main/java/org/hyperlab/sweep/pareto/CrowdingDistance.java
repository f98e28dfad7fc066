package org.hyperlab.sweep.pareto;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The crowding distance of Deb et al. 2002 (NSGA-II, section III-B) within one front: for each objective the points
 * are sorted by it; the two extreme points get infinity, every other point adds
 * {@code (f_k(next) - f_k(previous)) / (f_k max - f_k min)}; an objective on which all points agree adds nothing.
 * A larger distance means a less crowded point.
 */
public final class CrowdingDistance {
    private CrowdingDistance() {
    }

    /** The crowding distance of each point of {@code front}. */
    public static double[] of(double[][] front) {
        int n = front.length;
        double[] distance = new double[n];
        if (n <= 2) {
            Arrays.fill(distance, Double.POSITIVE_INFINITY);
            return distance;
        }
        int m = front[0].length;
        for (int k = 0; k < m; k++) {
            final int objective = k;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> front[i][objective]));
            double min = front[order[0]][k];
            double max = front[order[n - 1]][k];
            distance[order[0]] = Double.POSITIVE_INFINITY;
            distance[order[n - 1]] = Double.POSITIVE_INFINITY;
            if (max == min) {
                continue;
            }
            for (int j = 1; j < n - 1; j++) {
                distance[order[j]] += (front[order[j + 1]][k] - front[order[j - 1]][k]) / (max - min);
            }
        }
        return distance;
    }
}
