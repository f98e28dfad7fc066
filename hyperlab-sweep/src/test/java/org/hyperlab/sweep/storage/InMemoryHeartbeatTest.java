package org.hyperlab.sweep.storage;

/** Heartbeats, reaping and the budget on the in-memory store (the second handle is the same object). */
class InMemoryHeartbeatTest extends HeartbeatAndBudgetContract {
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
