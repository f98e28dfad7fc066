package org.hyperlab.sweep.storage;

/** The contract on the in-memory store (the second handle is the same object). */
class InMemoryStudyStorageTest extends StudyStorageContract {
    private InMemoryStudyStorage shared;

    @Override
    protected StudyStorage open() {
        shared = new InMemoryStudyStorage();
        return shared;
    }

    @Override
    protected StudyStorage openOther() {
        return shared;
    }
}
