package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.junit.jupiter.api.Test;

/** The group decomposition on hand-made trial histories: which parameters always appear together. */
class ParameterGroupsTest {
    private static final List<String> NAMES = List.of("optimizer", "lr", "momentum", "beta1", "beta2", "gamma");

    private static TrialRecord trial(int n, Map<String, Object> params) {
        return JointLoop.record(n, TrialState.COMPLETE, params, 1.0);
    }

    @Test
    void parametersOfOneBranchFormOneGroup() {
        List<TrialRecord> history = List.of(
                trial(0, Map.of("optimizer", "sgd", "lr", 0.1)),
                trial(1, Map.of("optimizer", "momentum", "lr", 0.1, "momentum", 0.9)),
                trial(2, Map.of("optimizer", "adam", "lr", 0.1, "beta1", 0.9, "beta2", 0.99)),
                trial(3, Map.of("optimizer", "adam", "lr", 0.1, "beta1", 0.8, "beta2", 0.999)));
        assertEquals(List.of(List.of("optimizer", "lr"), List.of("momentum"), List.of("beta1", "beta2"), List.of("gamma")),
                ParameterGroups.of(NAMES, history));
    }

    @Test
    void parametersThatCrossInSomeTrialsAreSplit() {
        // momentum and gamma share trial 1, but trial 2 has gamma without momentum: two groups, as Optuna's
        // _SearchSpaceGroup splits {momentum, gamma} on trial 2 into {gamma} and {momentum}
        List<TrialRecord> history = List.of(
                trial(0, Map.of("optimizer", "sgd", "lr", 0.1)),
                trial(1, Map.of("optimizer", "momentum", "lr", 0.1, "momentum", 0.9, "gamma", 0.5)),
                trial(2, Map.of("optimizer", "sgd", "lr", 0.1, "gamma", 0.5)));
        assertEquals(List.of(List.of("optimizer", "lr"), List.of("momentum"), List.of("beta1", "beta2"), List.of("gamma")),
                ParameterGroups.of(NAMES, history));
        List<TrialRecord> together = List.of(history.get(0), history.get(1));
        assertEquals(List.of(List.of("optimizer", "lr"), List.of("momentum", "gamma"), List.of("beta1", "beta2")),
                ParameterGroups.of(NAMES, together));
    }

    @Test
    void aSpaceThatEveryTrialCarriesIsOneGroup() {
        List<TrialRecord> history = List.of(trial(0, Map.of("x0", 1.0, "x1", 2.0)), trial(1, Map.of("x0", 3.0, "x1", 4.0)));
        assertEquals(List.of(List.of("x0", "x1")), ParameterGroups.of(List.of("x0", "x1"), history));
        assertEquals(List.of(List.of("x0", "x1")), ParameterGroups.of(List.of("x0", "x1"), List.of()));
    }
}
