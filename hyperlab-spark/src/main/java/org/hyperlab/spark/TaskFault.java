package org.hyperlab.spark;

import java.io.Serializable;
import org.hyperlab.sweep.record.TrialRecord;

/**
 * A fault a Spark task may raise after it has claimed its trial and before it evaluates it, given the task's
 * attempt number (0 for the first); tests use it to make an attempt fail as a lost executor would. The sweep
 * driver of {@link SparkSweepMain} has none.
 */
@FunctionalInterface
public interface TaskFault extends Serializable {
    /** No fault. */
    TaskFault NONE = (trial, attempt) -> { };

    /** Throws to fail the attempt; returns to let it go on. */
    void afterClaim(TrialRecord trial, int attemptNumber);
}
