package org.hyperlab.sweep.record;

import java.time.Instant;
import org.hyperlab.sweep.space.ObjectiveSpec;

/**
 * An immutable snapshot of a stored study.
 *
 * @param id        the storage's key
 * @param name      the unique name
 * @param objective the metric and direction
 * @param seed      the study seed; trial {@code n} uses {@link Seeds#trialSeed(long, int)}
 * @param created   creation time
 */
public record StudyRecord(long id, String name, ObjectiveSpec objective, long seed, Instant created) {
}
