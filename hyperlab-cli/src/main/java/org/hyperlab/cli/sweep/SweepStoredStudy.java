package org.hyperlab.cli.sweep;

import org.hyperlab.cli.common.UsageException;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.file.StudyDefinitions;
import org.hyperlab.sweep.file.SweepFile;
import org.hyperlab.sweep.file.SweepFileException;
import org.hyperlab.sweep.storage.StudyStorage;

/**
 * A study opened by name alone, for {@code sweep ask}, {@code report} and {@code tell}: its stored definition
 * (written by {@code sweep create} or {@code sweep run}) gives the search space, fixed values, sampler and pruner.
 *
 * @param definition the sweep file the study was created from
 * @param study      the study, with the definition's sampler and pruner
 */
record SweepStoredStudy(SweepFile definition, Study study) {

    /** Opens study {@code name}; a missing study or one without a definition is a usage error. */
    static SweepStoredStudy open(StudyStorage storage, String name) {
        StudyRecord record = SweepStorageOptions.study(storage, name);
        String json = storage.studyDefinition(record.id()).orElseThrow(() -> new UsageException("study '" + name
                + "' has no stored definition (it was made before schema version 2); create a new study with "
                + "'hyperlab sweep create FILE'"));
        SweepFile definition;
        try {
            definition = StudyDefinitions.fromJson(json, "of study '" + name + "'");
        } catch (SweepFileException e) {
            throw new UsageException(e.getMessage(), e);
        }
        return new SweepStoredStudy(definition, Study.load(storage, name, definition.buildSampler(),
                definition.buildPruner()));
    }
}
