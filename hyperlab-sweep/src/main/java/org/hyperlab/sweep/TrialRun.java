package org.hyperlab.sweep;

import java.util.List;
import java.util.Optional;
import org.hyperlab.sweep.pruner.Pruner;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.storage.StaleTrialException;
import org.hyperlab.sweep.storage.StudyStorage;

/**
 * Runs one started trial to its end for this process: records the worker, keeps the trial's heartbeat going
 * ({@link Heartbeats}) while the objective runs, and stores the outcome: COMPLETE with one value per objective
 * ({@link ObjectiveFunction#evaluateAll}), DIVERGED for a NaN or infinite value or a {@link TrialDivergedException},
 * PRUNED for a {@link TrialPrunedException}, FAILED for a wrong number of values or with the error message of any
 * other exception. When the store refuses the trial's writes because it is no longer running (another worker reaped
 * it after its heartbeat stopped, or a resume failed it), the outcome is discarded.
 */
final class TrialRun {
    private TrialRun() {
    }

    /**
     * Runs {@code start} with {@code objective}.
     *
     * @return the finished trial, or empty when its result was refused (the trial was taken from this worker)
     * @throws Error an {@link Error} of the objective, after the trial is stored FAILED
     */
    static Optional<TrialRecord> run(StudyStorage storage, StudyRecord study, TrialRecord start, Sampler sampler,
                                     Pruner pruner, ObjectiveFunction objective) {
        try {
            storage.setTrialAttr(start.id(), Workers.ATTR, Workers.self());
            storage.heartbeat(start.id(), Workers.self());
        } catch (StaleTrialException e) {
            return Optional.empty();
        }
        Trial trial = new Trial(storage, study, start, sampler, pruner);
        TrialState state;
        List<Double> values = null;
        String message = null;
        Error fatal = null;
        try (Heartbeats.Beat beat = Heartbeats.start(storage, start.id(), Workers.self(),
                storage.heartbeatSettings(study.id()).intervalSeconds())) {
            try {
                double[] v = objective.evaluateAll(trial);
                message = TrialValues.problem(study, v);
                if (message == null) {
                    state = TrialState.COMPLETE;
                    values = TrialValues.boxed(v);
                } else {
                    state = TrialValues.countMatches(study, v) ? TrialState.DIVERGED : TrialState.FAILED;
                }
            } catch (TrialPrunedException e) {
                state = TrialState.PRUNED;
                message = e.getMessage();
            } catch (TrialDivergedException e) {
                state = TrialState.DIVERGED;
                message = e.getMessage();
            } catch (StaleTrialException e) {
                return Optional.empty();
            } catch (TrialFailedException e) {
                state = TrialState.FAILED;
                message = e.getMessage();
            } catch (Exception e) {
                state = TrialState.FAILED;
                message = e.toString();
            } catch (Error e) {
                state = TrialState.FAILED;
                message = e.toString();
                fatal = e;
            }
        }
        TrialRecord done;
        try {
            done = storage.finishTrialWithValues(trial.id(), state, values, message);
        } catch (StaleTrialException e) {
            return Optional.empty();
        }
        if (fatal != null) {
            throw fatal;
        }
        return Optional.of(done);
    }
}
