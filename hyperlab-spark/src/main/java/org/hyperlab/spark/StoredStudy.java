package org.hyperlab.spark;

import org.hyperlab.sweep.file.StudyDefinitions;
import org.hyperlab.sweep.file.SweepFile;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.storage.StorageException;
import org.hyperlab.sweep.storage.StudyStorage;

/**
 * A study as the driver and every task see it: its stored record and the definition it was created with
 * ({@link StudyDefinitions}), from which each rebuilds the same search space, sampler, pruner and objective.
 *
 * @param record     the stored study
 * @param definition its sweep file
 */
record StoredStudy(StudyRecord record, SweepFile definition) {

    /**
     * Reads study {@code name} from {@code storage}.
     *
     * @throws StorageException when there is no such study or it has no stored definition
     */
    static StoredStudy read(StudyStorage storage, String name) {
        StudyRecord record = storage.findStudy(name).orElseThrow(() -> new StorageException("no study named '" + name
                + "' in " + storage));
        String json = storage.studyDefinition(record.id()).orElseThrow(() -> new StorageException("study '" + name
                + "' has no stored definition (create it with 'hyperlab sweep create FILE')"));
        return new StoredStudy(record, StudyDefinitions.fromJson(json, "of study '" + name + "'"));
    }
}
