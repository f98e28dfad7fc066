package org.hyperlab.cli.sweep;

import java.util.function.BiConsumer;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.storage.StudyStorage;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The {@code STUDY} argument plus the store options ({@link SweepStorageOptions}) of the sweep commands that read
 * one study ({@code show}, {@code best}, {@code export}).
 */
final class SweepStudyOptions {
    @Parameters(index = "0", paramLabel = "STUDY")
    String name;

    @Mixin
    SweepStorageOptions store;

    /**
     * Opens the store, finds the study (a usage error listing the existing ones if absent), gives both to
     * {@code action} and closes the store.
     */
    void withStudy(BiConsumer<StudyStorage, StudyRecord> action) {
        try (StudyStorage storage = store.open()) {
            action.accept(storage, SweepStorageOptions.study(storage, name));
        }
    }
}
