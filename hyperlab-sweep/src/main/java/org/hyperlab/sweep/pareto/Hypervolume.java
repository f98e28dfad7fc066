package org.hyperlab.sweep.pareto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The hypervolume (S-metric, Zitzler and Thiele 1998) of a set of minimized points with respect to a reference
 * point: the Lebesgue measure of the region that some point dominates and that is bounded by the reference point.
 * Points not strictly better than the reference in every coordinate contribute nothing. Exact: in two dimensions a
 * sweep over the points sorted by the first coordinate (O(N log N)); in more, slicing along the last coordinate
 * (the HSO scheme of While, Hingston, Barone and Huband, IEEE TEC 10(1), 2006), fine for the fronts of a study.
 */
public final class Hypervolume {
    private Hypervolume() {
    }

    /** The hypervolume of {@code points} (minimized) bounded by {@code reference}. */
    public static double of(double[][] points, double[] reference) {
        List<double[]> inside = new ArrayList<>();
        for (double[] p : points) {
            boolean better = true;
            for (int k = 0; k < reference.length; k++) {
                better &= p[k] < reference[k];
            }
            if (better) {
                inside.add(p);
            }
        }
        return volume(inside, reference, reference.length);
    }

    /**
     * The hypervolume each point adds: {@code HV(all) - HV(all without it)}; zero for a dominated or duplicated point.
     */
    public static double[] contributions(double[][] points, double[] reference) {
        double total = of(points, reference);
        double[] out = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            double[][] others = new double[points.length - 1][];
            for (int j = 0, k = 0; j < points.length; j++) {
                if (j != i) {
                    others[k++] = points[j];
                }
            }
            out[i] = Math.max(0, total - of(others, reference));
        }
        return out;
    }

    /** The volume in the first {@code d} coordinates of points all strictly inside the reference box. */
    private static double volume(List<double[]> points, double[] reference, int d) {
        if (points.isEmpty()) {
            return 0;
        }
        if (d == 1) {
            double best = reference[0];
            for (double[] p : points) {
                best = Math.min(best, p[0]);
            }
            return reference[0] - best;
        }
        if (d == 2) {
            double[][] sorted = points.toArray(new double[0][]);
            Arrays.sort(sorted, Comparator.comparingDouble((double[] p) -> p[0]).thenComparingDouble(p -> p[1]));
            double area = 0;
            double lowestSecond = reference[1];
            for (double[] p : sorted) {
                if (p[1] < lowestSecond) {
                    area += (reference[0] - p[0]) * (lowestSecond - p[1]);
                    lowestSecond = p[1];
                }
            }
            return area;
        }
        int last = d - 1;
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(p -> p[last]));
        double total = 0;
        List<double[]> slab = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            slab.add(sorted.get(i));
            double top = i + 1 < sorted.size() ? sorted.get(i + 1)[last] : reference[last];
            double height = top - sorted.get(i)[last];
            if (height > 0) {
                total += height * volume(slab, reference, last);
            }
        }
        return total;
    }
}
