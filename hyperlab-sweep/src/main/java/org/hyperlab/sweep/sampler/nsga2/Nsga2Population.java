package org.hyperlab.sweep.sampler.nsga2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hyperlab.sweep.pareto.CrowdingDistance;
import org.hyperlab.sweep.pareto.NonDominatedSort;
import org.hyperlab.sweep.pareto.ParetoFront;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.space.Direction;

/**
 * The parent population of an NSGA-II generation, rebuilt from the stored trials so that the sampler keeps no state.
 * Trial number n belongs to generation {@code n / size}. The population after generation 0 is the elitist
 * selection ({@link #select}) from its complete trials; after generation k it is the selection from the population
 * after generation k − 1 together with generation k's complete trials (Deb et al. 2002, section III-C: R_t = P_t ∪
 * Q_t, P_{t+1} = the best N of R_t). Trials that are not complete (pruned, diverged, failed) take no part.
 *
 * @param members  the selected trials
 * @param rank     each member's non-domination rank within the population (0 best)
 * @param crowding each member's crowding distance within its front
 */
record Nsga2Population(List<TrialRecord> members, int[] rank, double[] crowding) {

    /**
     * The parents for a trial of {@code generation}: the population after generation {@code generation − 1},
     * from the complete trials of {@code history} (empty for generation 0).
     */
    static Nsga2Population parentsOf(int generation, int size, List<TrialRecord> history, List<Direction> directions) {
        List<TrialRecord> complete = ParetoFront.complete(history, directions.size());
        List<TrialRecord> population = new ArrayList<>();
        for (int g = 0; g < generation; g++) {
            final int current = g;
            List<TrialRecord> pool = new ArrayList<>(population);
            complete.stream().filter(t -> t.number() / size == current).forEach(pool::add);
            population = select(pool, size, directions).members();
        }
        return select(population, size, directions);
    }

    /**
     * The best {@code size} of {@code pool}: whole fronts in rank order while they fit, then the members of the next
     * front with the largest crowding distance (ties: the lower trial number).
     */
    static Nsga2Population select(List<TrialRecord> pool, int size, List<Direction> directions) {
        List<TrialRecord> sorted = new ArrayList<>(pool);
        sorted.sort(Comparator.comparingInt(TrialRecord::number));
        double[][] points = ParetoFront.minimized(sorted, directions);
        List<TrialRecord> chosen = new ArrayList<>();
        List<Integer> chosenRank = new ArrayList<>();
        List<Double> chosenCrowding = new ArrayList<>();
        List<List<Integer>> fronts = NonDominatedSort.fronts(points);
        for (int r = 0; r < fronts.size() && chosen.size() < size; r++) {
            List<Integer> front = fronts.get(r);
            double[][] frontPoints = new double[front.size()][];
            for (int i = 0; i < frontPoints.length; i++) {
                frontPoints[i] = points[front.get(i)];
            }
            double[] distance = CrowdingDistance.of(frontPoints);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < front.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingDouble((Integer i) -> -distance[i]).thenComparingInt(i -> i));
            for (int i : order.subList(0, Math.min(order.size(), size - chosen.size()))) {
                chosen.add(sorted.get(front.get(i)));
                chosenRank.add(r);
                chosenCrowding.add(distance[i]);
            }
        }
        int[] rank = chosenRank.stream().mapToInt(Integer::intValue).toArray();
        double[] crowding = chosenCrowding.stream().mapToDouble(Double::doubleValue).toArray();
        return new Nsga2Population(List.copyOf(chosen), rank, crowding);
    }

    /** Whether member {@code a} wins a binary tournament against {@code b}: lower rank, then larger crowding. */
    boolean beats(int a, int b) {
        return rank[a] != rank[b] ? rank[a] < rank[b] : crowding[a] > crowding[b];
    }
}
