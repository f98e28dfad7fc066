package org.hyperlab.sweep.pruner;

import java.util.ArrayList;
import java.util.List;

/**
 * The brackets of Hyperband (Li, Jamieson, DeSalvo, Rostamizadeh and Talwalkar, "Hyperband: A Novel Bandit-Based
 * Approach to Hyperparameter Optimization", JMLR 18, 2018, algorithm 1), in resource units of {@code minResource}
 * (epochs here): with {@code R = maxResource / minResource} and {@code s_max = floor(log_eta R)}, bracket
 * {@code s = s_max, ..., 0} starts {@code n = ceil((s_max + 1) / (s + 1) * eta^s)} configurations with
 * {@code r = R eta^-s} units each, and its round {@code i = 0..s} keeps {@code floor(n eta^-i)} of them with
 * {@code r eta^i} units. For R = 81, eta = 3 these are the paper's table 1.
 *
 * @param brackets the brackets, most aggressive (largest s) first
 */
public record HyperbandSchedule(List<Bracket> brackets) {

    /**
     * One bracket.
     *
     * @param s       its index: the number of halvings
     * @param rounds  its successive-halving rounds, first to last
     */
    public record Bracket(int s, List<Round> rounds) {
        /** The configurations the bracket starts. */
        public int configurations() {
            return rounds.get(0).configurations();
        }

        /** The resource of its first round, in units of the schedule's minimum resource. */
        public long firstResource() {
            return rounds.get(0).resource();
        }
    }

    /**
     * One round of a bracket.
     *
     * @param configurations the configurations evaluated in the round
     * @param resource       the resource each gets, in units of the schedule's minimum resource
     */
    public record Round(int configurations, long resource) {
    }

    /** The schedule for a maximum resource of {@code maxUnits} minimum resources and reduction factor {@code eta}. */
    public static HyperbandSchedule of(long maxUnits, int eta) {
        if (maxUnits < 1 || eta < 2) {
            throw new IllegalArgumentException("need maxUnits >= 1 and eta >= 2, got " + maxUnits + ", " + eta);
        }
        int sMax = 0;
        for (long p = eta; p <= maxUnits; p *= eta) {
            sMax++;
        }
        List<Bracket> brackets = new ArrayList<>();
        for (int s = sMax; s >= 0; s--) {
            long etaS = pow(eta, s);
            int n = (int) Math.ceil((double) (sMax + 1) / (s + 1) * etaS);
            long r = maxUnits / etaS;
            List<Round> rounds = new ArrayList<>();
            for (int i = 0; i <= s; i++) {
                long etaI = pow(eta, i);
                rounds.add(new Round((int) (n / etaI), r * etaI));
            }
            brackets.add(new Bracket(s, List.copyOf(rounds)));
        }
        return new HyperbandSchedule(List.copyOf(brackets));
    }

    private static long pow(int base, int exp) {
        long p = 1;
        for (int i = 0; i < exp; i++) {
            p *= base;
        }
        return p;
    }
}
