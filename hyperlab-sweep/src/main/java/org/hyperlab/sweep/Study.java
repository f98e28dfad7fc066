package org.hyperlab.sweep;

import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.hyperlab.sweep.exec.SequentialTrialExecutor;
import org.hyperlab.sweep.exec.ThreadPoolTrialExecutor;
import org.hyperlab.sweep.exec.TrialExecutor;
import org.hyperlab.sweep.pruner.NopPruner;
import org.hyperlab.sweep.pruner.Pruner;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.storage.StaleTrialException;
import org.hyperlab.sweep.storage.StorageException;
import org.hyperlab.sweep.storage.StudyStorage;

/**
 * A named optimization in a {@link StudyStorage}, driven by a {@link Sampler} and a {@link Pruner}.
 * {@link #optimize} runs a number of trials, {@link #work} runs trials until the study's budget is finished: each
 * worker claims the next enqueued trial (grid points, re-runs) or creates a new one, calls the objective, and stores
 * the outcome ({@link TrialRun}). Several {@code Study} objects, in one process or in several on any hosts, may run
 * the same stored study at once; each trial records its worker ({@link Workers}) and a heartbeat while it runs, and a
 * trial whose heartbeat stopped (its worker died or froze) is failed and re-run by whichever worker notices.
 * {@link #resume()} recovers at once the trials of a killed process of this host; calling {@link #optimize} again on a
 * loaded study extends it.
 *
 * <p>A study may have several objectives (each a metric with a direction); its objective function then returns one
 * value per objective ({@link ObjectiveFunction#evaluateAll}), and its result is the Pareto front of the complete
 * trials ({@link org.hyperlab.sweep.pareto.ParetoFront}) rather than one best trial. Only samplers that
 * {@link Sampler#handlesMultipleObjectives() handle several objectives} and no pruner (pruning compares one value)
 * are accepted for it ({@link #requireSupported}).
 */
public final class Study {
    private final StudyStorage storage;
    private final StudyRecord record;
    private final Sampler sampler;
    private final Pruner pruner;
    private Consumer<TrialRecord> listener = t -> { };
    private Consumer<TrialRecord> refusedListener;
    private volatile boolean stopped;
    private final Object trialEnded = new Object();

    private Study(StudyStorage storage, StudyRecord record, Sampler sampler, Pruner pruner) {
        this.storage = Objects.requireNonNull(storage);
        this.record = record;
        this.sampler = Objects.requireNonNull(sampler);
        this.pruner = Objects.requireNonNull(pruner);
        this.refusedListener = t -> {
            System.err.println(refusedLine(record, t));
            System.err.flush();
        };
    }

    /**
     * Creates a new study.
     *
     * @throws org.hyperlab.sweep.storage.StudyExistsException when the name is taken
     */
    public static Study create(StudyStorage storage, String name, ObjectiveSpec objective, long seed, Sampler sampler,
                               Pruner pruner) {
        return new Study(storage, storage.createStudy(name, objective, seed), sampler, pruner);
    }

    /**
     * Creates a new study of one or more objectives.
     *
     * @throws IllegalArgumentException when the sampler or the pruner cannot serve that many objectives
     * @throws org.hyperlab.sweep.storage.StudyExistsException when the name is taken
     */
    public static Study create(StudyStorage storage, String name, List<ObjectiveSpec> objectives, long seed,
                               Sampler sampler, Pruner pruner) {
        requireSupported(objectives.size(), sampler, sampler.getClass().getSimpleName(), pruner,
                pruner.getClass().getSimpleName());
        return new Study(storage, storage.createStudy(name, objectives, seed, null, null), sampler, pruner);
    }

    /**
     * Refuses a sampler that models one objective only, or any pruner other than {@link NopPruner}, for a study of
     * several objectives (Optuna refuses pruning there too: a pruner compares one value per step). The names are
     * what the message calls them (e.g. a sweep file's {@code 'gp'}).
     *
     * @throws IllegalArgumentException naming the sampler or pruner
     */
    public static void requireSupported(int objectives, Sampler sampler, String samplerName, Pruner pruner,
                                        String prunerName) {
        requireSamplerSupports(objectives, sampler, samplerName);
        requirePrunerSupports(objectives, pruner, prunerName);
    }

    /** The sampler half of {@link #requireSupported}. */
    public static void requireSamplerSupports(int objectives, Sampler sampler, String samplerName) {
        if (objectives > 1 && !sampler.handlesMultipleObjectives()) {
            throw new IllegalArgumentException("sampler " + samplerName + " optimizes a single objective; a study of "
                    + objectives + " objectives needs nsga2, tpe, random or grid");
        }
    }

    /** The pruner half of {@link #requireSupported}. */
    public static void requirePrunerSupports(int objectives, Pruner pruner, String prunerName) {
        if (objectives > 1 && !(pruner instanceof NopPruner)) {
            throw new IllegalArgumentException("pruner " + prunerName + " needs a single objective (it compares one "
                    + "value per step); a study of " + objectives + " objectives takes pruner none");
        }
    }

    /**
     * Opens an existing study (to resume, extend or inspect it).
     *
     * @throws StorageException when there is no study of that name
     */
    public static Study load(StudyStorage storage, String name, Sampler sampler, Pruner pruner) {
        StudyRecord r = storage.findStudy(name).orElseThrow(() -> new StorageException("no study named '" + name
                + "' in " + storage));
        requireSupported(r.objectives().size(), sampler, sampler.getClass().getSimpleName(), pruner,
                pruner.getClass().getSimpleName());
        return new Study(storage, r, sampler, pruner);
    }

    /** Calls {@code listener} (serialized) after each trial this object finishes, e.g. to print a progress line. */
    public Study onTrialFinished(Consumer<TrialRecord> listener) {
        this.listener = Objects.requireNonNull(listener);
        return this;
    }

    /**
     * Calls {@code listener} (serialized) when a trial this object ran was taken from it before it finished (reaped by
     * another worker after its heartbeat stopped, or failed by a resume), with the trial as stored; its result was
     * refused. By default a line ({@link #refusedLine}) is printed on stderr.
     */
    public Study onTrialRefused(Consumer<TrialRecord> listener) {
        this.refusedListener = Objects.requireNonNull(listener);
        return this;
    }

    /** The stored study. */
    public StudyRecord record() {
        return record;
    }

    /** All trials, by number. */
    public List<TrialRecord> trials() {
        return storage.trials(record.id());
    }

    /**
     * The complete trial with the best value of objective 0 (the lowest number among ties), if any; a study of several
     * objectives has a Pareto front instead ({@link org.hyperlab.sweep.pareto.ParetoFront}).
     */
    public Optional<TrialRecord> bestTrial() {
        return best(trials(), record);
    }

    /** The best complete trial of a list. */
    public static Optional<TrialRecord> best(List<TrialRecord> trials, StudyRecord study) {
        return trials.stream().filter(t -> t.state() == TrialState.COMPLETE)
                .min(Comparator.comparingDouble((TrialRecord t) -> study.objective().direction().toMinimized(t.value()))
                        .thenComparingInt(TrialRecord::number));
    }

    /** Enqueues a trial with fixed parameters (e.g. a known good configuration); it runs before new ones. */
    public TrialRecord enqueue(java.util.Map<String, Object> params) {
        return storage.createTrial(record.id(), TrialState.WAITING, params);
    }

    /**
     * Recovers after a process running this study died: marks FAILED each RUNNING trial whose worker is known to be
     * dead ({@link Workers#knownDead}: it ran on this host and its process is gone), or with {@code all} every RUNNING
     * trial (use that only when no other process, on any host, is running trials of this study), and enqueues a re-run
     * of each with the same parameters. Trials of live processes are left alone, so a process may join a study that
     * others are running.
     *
     * @return the trials marked failed
     */
    public List<TrialRecord> resume(boolean all) {
        String message = "interrupted: its process stopped before the trial finished";
        List<TrialRecord> failed = new java.util.ArrayList<>();
        for (TrialRecord t : trials()) {
            if (t.state() == TrialState.RUNNING && (all || Workers.knownDead(t.attrs().get(Workers.ATTR)))) {
                try {
                    failed.add(storage.failAndRequeue(t.id(), message));
                } catch (StaleTrialException e) {
                    // finished meanwhile: nothing to recover
                }
            }
        }
        return failed;
    }

    /** {@code resume(false)}: recovers the trials of dead processes on this host. */
    public List<TrialRecord> resume() {
        return resume(false);
    }

    /** Runs up to {@code nTrials} trials on {@code jobs} threads (1: on the calling thread, reproducibly). */
    public void optimize(ObjectiveFunction objective, int nTrials, int jobs) {
        optimize(objective, nTrials, executor(jobs));
    }

    /** Runs up to {@code nTrials} trials with the given executor. */
    public void optimize(ObjectiveFunction objective, int nTrials, TrialExecutor executor) {
        if (nTrials < 0) {
            throw new IllegalArgumentException("the number of trials must not be negative, got " + nTrials);
        }
        enqueuePlanned();
        executor.execute(nTrials, () -> runOne(objective));
    }

    /**
     * Starts a trial for a caller that evaluates it itself (ask-and-tell, e.g. from another language): claims the next
     * enqueued trial or creates one, marked RUNNING for this process. The caller suggests its parameters, may
     * {@link Trial#report} and ask {@link Trial#shouldPrune()}, and finishes it with {@link #tell}. Concurrent callers,
     * in any process sharing the store, never get the same trial.
     *
     * @return the trial, or empty when the study's trial budget is used up (checked in the same step as the start, so
     *         concurrent callers never exceed it) or a finite sampler (a grid) has nothing left
     */
    public Optional<Trial> ask() {
        enqueuePlanned();
        storage.reapStaleTrials(record.id());
        Optional<TrialRecord> started = storage.startTrialWithinBudget(record.id(), !sampler.isFinite());
        if (started.isEmpty()) {
            return Optional.empty();
        }
        storage.setTrialAttr(started.get().id(), Workers.ATTR, Workers.self());
        storage.heartbeat(started.get().id(), Workers.self());
        return Optional.of(new Trial(storage, record, started.get(), sampler, pruner));
    }

    /**
     * The live handle of running trial {@code number} (to report values and ask the pruner from another process).
     *
     * @throws StorageException when there is no such trial
     * @throws StaleTrialException when it is not running
     */
    public Trial runningTrial(int number) {
        TrialRecord t = byNumber(number);
        if (t.state() != TrialState.RUNNING) {
            throw new StaleTrialException(t.id(), t.state().name());
        }
        return new Trial(storage, record, t, sampler, pruner);
    }

    /**
     * Finishes running trial {@code number}: COMPLETE with a finite value (a NaN or infinite one makes it DIVERGED),
     * or PRUNED or FAILED with an optional message.
     *
     * @throws StaleTrialException when it is not running (told already, or failed by a resume)
     */
    public TrialRecord tell(int number, TrialState state, Double value, String message) {
        return tellValues(number, state, value == null ? null : new double[] {value}, message);
    }

    /**
     * Finishes running trial {@code number} with one value per objective: COMPLETE when all are finite (a NaN or
     * infinite one makes it DIVERGED), or PRUNED or FAILED with an optional message.
     *
     * @throws IllegalArgumentException when a complete trial's value count differs from the study's objectives
     * @throws StaleTrialException when it is not running (told already, or failed by a resume)
     */
    public TrialRecord tellValues(int number, TrialState state, double[] values, String message) {
        TrialRecord t = byNumber(number);
        if (state != TrialState.COMPLETE) {
            return storage.finishTrial(t.id(), state, (Double) null, message);
        }
        if (values == null) {
            return storage.finishTrial(t.id(), TrialState.DIVERGED, (Double) null, "the objective value was null");
        }
        String problem = TrialValues.problem(record, values);
        if (problem != null && values.length == record.objectives().size()) {
            return storage.finishTrial(t.id(), TrialState.DIVERGED, (Double) null, problem);
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return storage.finishTrialWithValues(t.id(), state, TrialValues.boxed(values), message);
    }

    private TrialRecord byNumber(int number) {
        return trials().stream().filter(t -> t.number() == number).findFirst().orElseThrow(
                () -> new StorageException("study '" + record.name() + "' has no trial " + number));
    }

    /** Lets the trials in progress finish and starts no new one (e.g. on shutdown); {@link #optimize} then returns. */
    public void stop() {
        stopped = true;
        synchronized (trialEnded) {
            trialEnded.notifyAll();
        }
    }

    private boolean runOne(ObjectiveFunction objective) {
        if (stopped) {
            return false;
        }
        storage.reapStaleTrials(record.id());
        Optional<TrialRecord> claimed = storage.claimWaitingTrial(record.id());
        if (claimed.isEmpty() && sampler.isFinite()) {
            return false;
        }
        run(claimed.orElseGet(() -> storage.createTrial(record.id(), TrialState.RUNNING, java.util.Map.of())),
                objective);
        return true;
    }

    /**
     * Runs trials on {@code jobs} threads until the study's trial budget is finished, together with every other worker
     * of the study on any host ({@link StudyStorage#startTrialWithinBudget}): each thread reaps abandoned trials
     * ({@link StudyStorage#reapStaleTrials}), then starts the next trial if the budget allows, and otherwise, while
     * trials of other workers still run (and could be abandoned and re-enqueued), waits a heartbeat interval and
     * looks again. Returns when the budget is used up and no trial runs, when a finite sampler has nothing left, or
     * after {@link #stop()}. A study without a budget runs until stopped.
     */
    public void work(ObjectiveFunction objective, int jobs) {
        work(objective, executor(jobs));
    }

    /** {@link #work(ObjectiveFunction, int)} with the given executor (its trial count is not a limit here). */
    public void work(ObjectiveFunction objective, TrialExecutor executor) {
        enqueuePlanned();
        long pollMillis = 1000L * storage.heartbeatSettings(record.id()).intervalSeconds();
        executor.execute(Integer.MAX_VALUE, () -> runWithinBudget(objective, pollMillis));
    }

    /** Enqueues a finite sampler's points (a grid) once per study, whichever worker comes first. */
    private void enqueuePlanned() {
        List<java.util.Map<String, Object>> planned = sampler.plannedTrials();
        if (!planned.isEmpty()) {
            storage.enqueueTrialsOnce(record.id(), "planned", planned);
        }
    }

    /** One thread: the calling one, reproducibly; more: a pool. */
    private static TrialExecutor executor(int jobs) {
        return jobs == 1 ? new SequentialTrialExecutor() : new ThreadPoolTrialExecutor(jobs);
    }

    private boolean runWithinBudget(ObjectiveFunction objective, long pollMillis) {
        while (!stopped) {
            storage.reapStaleTrials(record.id());
            Optional<TrialRecord> started = storage.startTrialWithinBudget(record.id(), !sampler.isFinite());
            if (started.isPresent()) {
                run(started.get(), objective);
                return true;
            }
            if (!storage.hasRunningTrials(record.id())) {
                return false;
            }
            synchronized (trialEnded) {
                try {
                    // woken early when a trial of this process ends; other workers' trials are seen by polling
                    trialEnded.wait(pollMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    private void run(TrialRecord start, ObjectiveFunction objective) {
        Optional<TrialRecord> done;
        try {
            done = runClaimed(objective, start);
        } finally {
            synchronized (trialEnded) {
                trialEnded.notifyAll();
            }
        }
        if (done.isEmpty()) {
            synchronized (this) {
                refusedListener.accept(storage.trial(start.id()));
            }
        }
    }

    /**
     * Evaluates a trial the caller has already started ({@code RUNNING} in the store, e.g. claimed through
     * {@link StudyStorage#claimTrial}) as {@link TrialRun} does, heartbeats included, and tells the finished-trial
     * listener. When the store refuses a write because the trial was finished meanwhile (by another attempt at the
     * same trial, a reaper or a resume), it returns empty: the first finish stands.
     *
     * @return the finished trial as stored by this call, or empty when its result was refused
     */
    public Optional<TrialRecord> runClaimed(ObjectiveFunction objective, TrialRecord start) {
        Optional<TrialRecord> done = TrialRun.run(storage, record, start, sampler, pruner, objective);
        if (done.isPresent()) {
            synchronized (this) {
                listener.accept(done.get());
            }
        }
        return done;
    }

    /**
     * One line saying that a trial's result was refused because the trial was no longer this worker's (its stored
     * state and reason, e.g. failed after its heartbeat stopped and re-run as another trial).
     */
    public static String refusedLine(StudyRecord study, TrialRecord t) {
        return "sweep: " + study.name() + ": the result of trial " + t.number() + " was refused: the trial is "
                + t.state().name().toLowerCase(java.util.Locale.ROOT) + " (" + t.message() + ")";
    }
}
