package org.hyperlab.sweep.pareto;

import java.util.ArrayList;
import java.util.List;

/**
 * Pareto dominance and the fast non-dominated sort of Deb, Pratap, Agarwal and Meyarivan, "A fast and elitist
 * multiobjective genetic algorithm: NSGA-II" (IEEE TEC 6(2), 2002), on points to be minimized in every coordinate.
 * Point a dominates b when {@code a_k <= b_k} for every k and {@code a_k < b_k} for some k. Rank 0 is the set of
 * points no other point dominates; rank r + 1 is the set that only points of ranks up to r dominate. O(M N²).
 */
public final class NonDominatedSort {
    private NonDominatedSort() {
    }

    /** Whether {@code a} dominates {@code b} (both minimized). */
    public static boolean dominates(double[] a, double[] b) {
        boolean strictly = false;
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) {
                return false;
            }
            if (a[k] < b[k]) {
                strictly = true;
            }
        }
        return strictly;
    }

    /** The rank of every point: 0 for the non-dominated ones, and so on. */
    public static int[] ranks(double[][] points) {
        int n = points.length;
        int[] dominatedBy = new int[n];
        List<List<Integer>> dominates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            dominates.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (dominates(points[i], points[j])) {
                    dominates.get(i).add(j);
                    dominatedBy[j]++;
                } else if (dominates(points[j], points[i])) {
                    dominates.get(j).add(i);
                    dominatedBy[i]++;
                }
            }
        }
        int[] rank = new int[n];
        List<Integer> front = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (dominatedBy[i] == 0) {
                front.add(i);
            }
        }
        for (int r = 0; !front.isEmpty(); r++) {
            List<Integer> next = new ArrayList<>();
            for (int i : front) {
                rank[i] = r;
                for (int j : dominates.get(i)) {
                    if (--dominatedBy[j] == 0) {
                        next.add(j);
                    }
                }
            }
            front = next;
        }
        return rank;
    }

    /** The fronts, best first: the indices of the points of rank 0, of rank 1, and so on (each ascending). */
    public static List<List<Integer>> fronts(double[][] points) {
        int[] rank = ranks(points);
        List<List<Integer>> fronts = new ArrayList<>();
        for (int i = 0; i < rank.length; i++) {
            while (fronts.size() <= rank[i]) {
                fronts.add(new ArrayList<>());
            }
            fronts.get(rank[i]).add(i);
        }
        return fronts;
    }
}
