package org.hyperlab.spark;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaSparkContext;
import org.hyperlab.sweep.TrialProgressLine;
import org.hyperlab.sweep.file.SweepFile;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.storage.StaleTrialException;
import org.hyperlab.sweep.storage.StorageException;
import org.hyperlab.sweep.storage.StudyStorage;

/**
 * The driver of a Spark sweep: keeps up to {@code parallelism} trials in flight, each a Spark job of one task
 * ({@link TrialTask}) for one trial picked by {@link DriverSampling}, until {@code trials} trials were handed out.
 * When a job ends, successfully or not, the store says what became of its trial: a finished trial is reported with
 * its progress line; a trial the job left unfinished (every attempt failed before finishing it) is marked
 * {@code FAILED} with Spark's error. Task return values are never used.
 */
public final class SparkSweepDriver {
    private final JavaSparkContext spark;
    private final SparkSweepArguments args;
    private final TaskFault fault;
    private final PrintStream err;

    /** How a trial's job ended: {@code error} is null when it succeeded. */
    private record JobEnd(long trialId, String error) {
    }

    /** A driver on {@code spark}; {@code fault} is {@link TaskFault#NONE} except in tests. */
    public SparkSweepDriver(JavaSparkContext spark, SparkSweepArguments args, TaskFault fault, PrintStream err) {
        this.spark = spark;
        this.args = args;
        this.fault = fault;
        this.err = err;
    }

    /**
     * Runs the trials.
     *
     * @return the trials this run handed out, as finally stored
     * @throws StorageException when the study or its definition is missing
     */
    public List<TrialRecord> run(StudyStorage storage) throws InterruptedException {
        StoredStudy stored = StoredStudy.read(storage, args.study());
        StudyRecord study = stored.record();
        SweepFile definition = stored.definition();
        Sampler sampler = definition.buildSampler();
        List<Map<String, Object>> planned = sampler.plannedTrials();
        if (!planned.isEmpty()) {
            storage.enqueueTrialsOnce(study.id(), "planned", planned);
        }
        DriverSampling sampling = new DriverSampling(storage, study, sampler, definition.space());
        String owner = spark.sc().applicationId();
        TrialTask task = new TrialTask(args, owner, fault);
        Set<Long> handedOut = new HashSet<>();
        ExecutorService jobs = Executors.newFixedThreadPool(args.parallelism());
        try {
            ExecutorCompletionService<JobEnd> done = new ExecutorCompletionService<>(jobs);
            int inFlight = 0;
            boolean more = true;
            while (true) {
                while (more && inFlight < args.parallelism() && handedOut.size() < args.trials()) {
                    Optional<TrialRecord> next = sampling.next(handedOut);
                    if (next.isEmpty()) {
                        more = false;
                        break;
                    }
                    long id = next.get().id();
                    handedOut.add(id);
                    int number = next.get().number();
                    done.submit(() -> new JobEnd(id, runJob(task, id, number)));
                    inFlight++;
                }
                if (inFlight == 0) {
                    break;
                }
                JobEnd end = getEnd(done.take());
                settle(storage, study, owner, end.trialId(), end.error());
                inFlight--;
            }
        } finally {
            jobs.shutdownNow();
        }
        return storage.trials(study.id()).stream().filter(t -> handedOut.contains(t.id())).toList();
    }

    /** A trial's job: null when it succeeded, else Spark's error (its first line). */
    private String runJob(TrialTask task, long trialId, int number) {
        try {
            spark.setJobDescription("hyperlab trial " + number);
            spark.parallelize(List.of(trialId), 1).foreach(task);
            return null;
        } catch (Exception e) {
            // SparkException is checked, though Scala does not declare it
            return String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString());
        }
    }

    /**
     * Reads the outcome of a trial whose job ended from the store. A trial the job left unfinished (waiting, or
     * running for this application: every attempt failed) is marked {@code FAILED} with the job's error; one running
     * for another worker is left to it.
     */
    private void settle(StudyStorage storage, StudyRecord study, String owner, long trialId, String error) {
        TrialRecord t = storage.trial(trialId);
        boolean ours = t.state() == TrialState.WAITING
                || t.state() == TrialState.RUNNING && owner.equals(t.attrs().get(TrialAttempt.OWNER_ATTR));
        if (ours) {
            storage.claimTrial(trialId);
            try {
                t = storage.finishTrial(trialId, TrialState.FAILED, null, "its Spark task failed: "
                        + (error != null ? error : "the task ended without finishing the trial"));
            } catch (StaleTrialException e) {
                t = storage.trial(trialId);
            }
        }
        if (t.state().isFinished()) {
            err.println(TrialProgressLine.of(study, t, storage.trials(study.id())));
            err.flush();
        }
    }

    private static JobEnd getEnd(Future<JobEnd> job) throws InterruptedException {
        try {
            return job.get();
        } catch (ExecutionException e) {
            // runJob catches what Spark throws; anything else is a fault of this driver
            throw new IllegalStateException(e.getCause());
        }
    }
}
