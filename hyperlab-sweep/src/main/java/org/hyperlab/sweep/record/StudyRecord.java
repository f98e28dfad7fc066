package org.hyperlab.sweep.record;

import java.time.Instant;
import java.util.List;
import org.hyperlab.sweep.space.ObjectiveSpec;

/**
 * An immutable snapshot of a stored study.
 *
 * @param id         the storage's key
 * @param name       the unique name
 * @param objectives the metric and direction of each objective, objective 0 first (one for a single-objective
 *                   study)
 * @param seed       the study seed; trial {@code n} uses {@link Seeds#trialSeed(long, int)}
 * @param created    creation time
 */
public record StudyRecord(long id, String name, List<ObjectiveSpec> objectives, long seed, Instant created) {

    /** Copies the objectives; there is at least one. */
    public StudyRecord {
        objectives = List.copyOf(objectives);
        if (objectives.isEmpty()) {
            throw new IllegalArgumentException("a study has at least one objective");
        }
    }

    /** A single-objective study. */
    public StudyRecord(long id, String name, ObjectiveSpec objective, long seed, Instant created) {
        this(id, name, List.of(objective), seed, created);
    }

    /** Objective 0: the only one of a single-objective study. */
    public ObjectiveSpec objective() {
        return objectives.get(0);
    }

    /** Whether the study has several objectives. */
    public boolean isMultiObjective() {
        return objectives.size() > 1;
    }
}
