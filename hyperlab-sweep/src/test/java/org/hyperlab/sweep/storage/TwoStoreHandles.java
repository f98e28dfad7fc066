package org.hyperlab.sweep.storage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A store and a second handle on the same data (another connection, as a second process or another machine would
 * have), opened before each test and closed after it; the storage contracts extend it.
 */
abstract class TwoStoreHandles {
    protected StudyStorage storage;
    protected StudyStorage other;

    /** A store for one test. */
    protected abstract StudyStorage open() throws Exception;

    /** A second handle on the store returned by {@link #open()}. */
    protected abstract StudyStorage openOther() throws Exception;

    @BeforeEach
    void openBoth() throws Exception {
        storage = open();
        other = openOther();
    }

    @AfterEach
    void closeBoth() {
        if (other != null) {
            other.close();
        }
        if (storage != null) {
            storage.close();
        }
    }
}
