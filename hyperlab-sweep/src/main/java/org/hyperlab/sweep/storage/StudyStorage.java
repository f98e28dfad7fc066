package org.hyperlab.sweep.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.ObjectiveSpec;

/**
 * Persists studies, trials, parameters, intermediate values and attributes (Optuna's {@code BaseStorage}).
 * Implementations are thread-safe, and those backed by a database let several processes share a study: trial
 * numbers are assigned atomically, a waiting trial is claimed by exactly one worker, and every write is committed
 * before the call returns. Writes to a trial (parameters, intermediate values, attributes, finishing) are accepted
 * only while it is {@code RUNNING}; otherwise they throw {@link StaleTrialException}. Errors of the backend are
 * reported as {@link StorageException}.
 */
public interface StudyStorage extends AutoCloseable {

    /**
     * Creates a study.
     *
     * @throws StudyExistsException when the name is taken
     */
    default StudyRecord createStudy(String name, ObjectiveSpec objective, long seed) {
        return createStudy(name, objective, seed, null, null);
    }

    /**
     * Creates a study that keeps its whole definition, so that a later process needs only the study's name.
     *
     * @param definition  the study's definition as JSON (a sweep file's resolved content), or {@code null}
     * @param trialBudget the number of trials the study is meant to have, or {@code null} for none
     * @throws StudyExistsException when the name is taken
     */
    default StudyRecord createStudy(String name, ObjectiveSpec objective, long seed, String definition,
                                    Integer trialBudget) {
        return createStudy(name, List.of(objective), seed, definition, trialBudget);
    }

    /**
     * Creates a study with one or more objectives (rows of {@code study_objectives}; objective 0 also in
     * {@code studies}).
     *
     * @param definition  the study's definition as JSON (a sweep file's resolved content), or {@code null}
     * @param trialBudget the number of trials the study is meant to have, or {@code null} for none
     * @throws StudyExistsException when the name is taken
     */
    StudyRecord createStudy(String name, List<ObjectiveSpec> objectives, long seed, String definition,
                            Integer trialBudget);

    /** The definition the study was created with; empty for studies created without one (or by schema version 1). */
    Optional<String> studyDefinition(long studyId);

    /** The study with this name, if any. */
    Optional<StudyRecord> findStudy(String name);

    /** All studies, oldest first. */
    List<StudyRecord> listStudies();

    /** Sets (or replaces) a study attribute, e.g. the sweep specification it was created from. */
    void setStudyAttr(long studyId, String key, String value);

    /** The study's attributes. */
    Map<String, String> studyAttrs(long studyId);

    /**
     * Creates a trial with the next number of the study.
     *
     * @param state  {@code WAITING} (enqueued with fixed parameters) or {@code RUNNING} (claimed by the caller)
     * @param params fixed parameters, possibly empty
     */
    TrialRecord createTrial(long studyId, TrialState state, Map<String, Object> params);

    /**
     * Enqueues one {@code WAITING} trial per parameter set, unless trials were already enqueued under this key
     * for this study; atomic, so concurrent callers enqueue the sets exactly once.
     *
     * @return whether this call enqueued them
     */
    boolean enqueueTrialsOnce(long studyId, String key, List<Map<String, Object>> params);

    /** Atomically turns the lowest-numbered {@code WAITING} trial into {@code RUNNING} and returns it, if any. */
    Optional<TrialRecord> claimWaitingTrial(long studyId);

    /**
     * Atomically turns trial {@code trialId} from {@code WAITING} into {@code RUNNING} (an executor that was handed
     * that very trial, e.g. a Spark task) and returns it; empty when it is not waiting (claimed or finished already).
     */
    Optional<TrialRecord> claimTrial(long trialId);

    /**
     * Starts a trial in one atomic step, unless the study's trial budget is used up (its trials that count, see
     * {@link TrialBudget#counts}, number at least the budget; no budget, no limit): claims the
     * lowest-numbered {@code WAITING} trial, or else, when {@code createIfNoneWaiting}, creates a {@code RUNNING} one.
     *
     * @return the running trial, or empty when the budget is used up or nothing was waiting (and none was to be made)
     */
    Optional<TrialRecord> startTrialWithinBudget(long studyId, boolean createIfNoneWaiting);

    /**
     * Records that {@code worker} (e.g. {@code host:pid}) is running the trial, with the time taken from the
     * database's clock (the {@code worker_id} and {@code heartbeat_ms} columns); a worker calls it when it starts a
     * trial and may call it again as a sign of life.
     *
     * @throws StaleTrialException when the trial is no longer running
     */
    void heartbeat(long trialId, String worker);

    /** The study's trial budget, or empty when it has none. */
    Optional<Integer> trialBudget(long studyId);

    /**
     * Raises the study's trial budget by {@code n} in one atomic step (a study without a budget gets one: the trials
     * that count so far plus {@code n}), so that concurrent callers each add theirs.
     *
     * @return the new budget
     */
    int raiseTrialBudget(long studyId, int n);

    /** The study's heartbeat settings; {@link HeartbeatSettings#DEFAULT} for a study that never had any set. */
    HeartbeatSettings heartbeatSettings(long studyId);

    /** Stores the study's heartbeat settings (done once, when the study is created). */
    void setHeartbeatSettings(long studyId, HeartbeatSettings settings);

    /**
     * Reaps the abandoned trials of a study: every {@code RUNNING} trial whose last heartbeat (by the database's
     * clock) is older than the study's grace period is made {@code FAILED} and replaced by a {@code WAITING} re-run with
     * the same parameters ({@link TrialBudget#REPLACED_BY} names it). Atomic: of several workers reaping at once, on
     * any hosts, each abandoned trial is failed and re-enqueued by exactly one. A later write by the trial's worker
     * (heartbeat, report, finish) is refused with {@link StaleTrialException}. A trial without a heartbeat (started by
     * a version before heartbeats) is judged by its start time.
     *
     * @return the trials this call failed
     */
    List<TrialRecord> reapStaleTrials(long studyId);

    /**
     * Marks a running trial {@code FAILED} with the message and enqueues a {@code WAITING} re-run with its parameters,
     * in one atomic step ({@link TrialBudget#REPLACED_BY} names the re-run).
     *
     * @return the failed trial
     * @throws StaleTrialException when the trial is not running
     */
    TrialRecord failAndRequeue(long trialId, String message);

    /** Whether any trial of the study is {@code RUNNING}. */
    boolean hasRunningTrials(long studyId);

    /** Records a parameter value of a running trial (replacing an earlier value of that name). */
    void setTrialParam(long trialId, String name, Object value);

    /**
     * Records an intermediate value of a running trial (NaN allowed; a repeated step replaces the value); it also
     * stamps the trial's heartbeat, so a trial driven from outside (ask, report, tell) stays alive while it reports.
     */
    void reportIntermediate(long trialId, int step, double value);

    /** Sets (or replaces) an attribute of a running trial. */
    void setTrialAttr(long trialId, String key, String value);

    /**
     * Moves a running trial to a finished state.
     *
     * @param value   the objective value for {@code COMPLETE}, else {@code null}
     * @param message an error or divergence message, or {@code null}
     * @return the finished trial
     * @throws StaleTrialException when the trial is no longer running (e.g. marked failed by a resume)
     */
    default TrialRecord finishTrial(long trialId, TrialState state, Double value, String message) {
        return finishTrialWithValues(trialId, state, value == null ? null : List.of(value), message);
    }

    /**
     * Moves a running trial to a finished state with the value of every objective.
     *
     * @param values  for {@code COMPLETE}, one value per objective of the study, objective 0 first; else {@code null}
     * @param message an error or divergence message, or {@code null}
     * @return the finished trial
     * @throws StaleTrialException when the trial is no longer running (e.g. marked failed by a resume)
     */
    TrialRecord finishTrialWithValues(long trialId, TrialState state, List<Double> values, String message);

    /** One trial. */
    TrialRecord trial(long trialId);

    /** All trials of a study, by number. */
    List<TrialRecord> trials(long studyId);

    /** Marks every {@code RUNNING} trial of the study {@code FAILED} with the message; returns them. */
    List<TrialRecord> failRunningTrials(long studyId, String message);

    /** Releases connections. */
    @Override
    void close();
}
