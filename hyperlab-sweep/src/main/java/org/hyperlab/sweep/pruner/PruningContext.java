package org.hyperlab.sweep.pruner;

import java.util.List;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.space.Direction;

/** What a pruner sees when a running trial asks whether to stop. */
public interface PruningContext {
    /** The study's direction. */
    Direction direction();

    /** The asking trial, with every intermediate value reported so far. */
    TrialRecord trial();

    /** All trials of the study (any state), including the asking one as last stored. */
    List<TrialRecord> studyTrials();

    /** Stores a pruner attribute on the asking trial (e.g. the rungs successive halving has passed). */
    void setTrialAttr(String key, String value);
}
