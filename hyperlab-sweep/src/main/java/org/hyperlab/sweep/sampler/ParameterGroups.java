package org.hyperlab.sweep.sampler;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.record.TrialRecord;

/**
 * The group decomposition of a search space by the trials that carry its parameters (Optuna's {@code group=True}
 * for TPE; Watanabe, "Tree-Structured Parzen Estimator: Understanding Its Algorithm Components and Their Roles for
 * Better Empirical Performance", 2023, on conditional search spaces): two parameters share a group exactly when
 * every trial carries both or neither. With conditional parameters the groups are the sets that are always active
 * together (e.g. {@code {optimizer, lr}} in every trial, {@code {beta1, beta2}} in the adam trials), so a joint
 * model can be fitted per group over the trials that have it; a space whose trials all carry every parameter is one
 * group. This is the partition Optuna's {@code _SearchSpaceGroup} reaches by splitting groups trial by trial.
 */
public final class ParameterGroups {
    private ParameterGroups() {
    }

    /**
     * The groups of {@code names} over {@code trials}: names with the same set of trials carrying them, each group
     * in the order of {@code names}, the groups in the order of their first name. Without trials every name has the
     * same (empty) set, so all form one group.
     */
    public static List<List<String>> of(List<String> names, List<TrialRecord> trials) {
        Map<BitSet, List<String>> bySignature = new LinkedHashMap<>();
        for (String name : names) {
            BitSet carriers = new BitSet(trials.size());
            for (int i = 0; i < trials.size(); i++) {
                if (trials.get(i).params().containsKey(name)) {
                    carriers.set(i);
                }
            }
            bySignature.computeIfAbsent(carriers, k -> new ArrayList<>()).add(name);
        }
        List<List<String>> groups = new ArrayList<>();
        bySignature.values().forEach(g -> groups.add(List.copyOf(g)));
        return groups;
    }
}
