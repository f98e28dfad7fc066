package org.hyperlab.sweep.exec;

/** Runs trials one after another on the calling thread: a seeded sequential sweep is reproducible number for number. */
public final class SequentialTrialExecutor implements TrialExecutor {
    @Override
    public void execute(int nTrials, TrialTask task) {
        for (int i = 0; i < nTrials; i++) {
            if (!task.runNext()) {
                return;
            }
        }
    }
}
