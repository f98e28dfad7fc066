package org.hyperlab.sweep.exec;

/** Claims and runs one trial; returns {@code false} when the study has nothing left to run (e.g. a used-up grid). */
@FunctionalInterface
public interface TrialTask {
    /** Runs one trial to its end. */
    boolean runNext();
}
