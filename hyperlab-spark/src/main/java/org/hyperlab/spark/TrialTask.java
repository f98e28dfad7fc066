package org.hyperlab.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.VoidFunction;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.file.SweepFile;
import org.hyperlab.sweep.storage.StorageException;
import org.hyperlab.sweep.storage.StudyStorage;

/**
 * The Spark task of one trial, run on an executor: opens the store (once per executor, {@link ExecutorStores}), rebuilds the study's objective, sampler and
 * pruner from its stored definition ({@link StoredStudy}) and runs a {@link TrialAttempt} for the trial id it is
 * given, owned by the driver's application {@code owner}. The outcome is in the store; the task returns nothing.
 */
final class TrialTask implements VoidFunction<Long> {
    private static final long serialVersionUID = 1L;
    private final String storage;
    private final String study;
    private final String owner;
    private final String trialsDir;
    private final String workDir;
    private final TaskFault fault;

    TrialTask(SparkSweepArguments args, String owner, TaskFault fault) {
        this.storage = args.storage();
        this.study = args.study();
        this.owner = owner;
        this.trialsDir = args.trialsDir() == null ? null : args.trialsDir().toString();
        this.workDir = args.workDir() == null ? null : args.workDir().toString();
        this.fault = fault;
    }

    @Override
    public void call(Long trialId) throws Exception {
        int attempt = TaskContext.get() == null ? 0 : TaskContext.get().attemptNumber();
        try {
            run(ExecutorStores.of(storage), trialId, attempt);
        } catch (StorageException e) {
            ExecutorStores.discard(storage);
            throw e;
        }
    }

    private void run(StudyStorage store, long trialId, int attempt) throws java.io.IOException {
        SweepFile definition = StoredStudy.read(store, study).definition();
        Study st = Study.load(store, study, definition.buildSampler(), definition.buildPruner());
        Path trials = trialsDir != null ? Path.of(trialsDir) : Files.createTempDirectory("hyperlab-trials-");
        Path work = workDir != null ? Path.of(workDir) : Path.of("").toAbsolutePath();
        TrialAttempt.run(store, st, definition.objectiveFunction(trials, work), trialId, owner,
                trial -> fault.afterClaim(trial, attempt));
    }
}
