package org.hyperlab.sweep.pruner;

/**
 * Decides from intermediate values whether a running trial should stop (Optuna's {@code BasePruner}). Called
 * by {@code Trial.shouldPrune()} after the trial reported its latest step; keeps no state of its own, so
 * several workers and processes can share a study.
 */
public interface Pruner {
    /** Whether the asking trial should be pruned now. */
    boolean prune(PruningContext context);
}
