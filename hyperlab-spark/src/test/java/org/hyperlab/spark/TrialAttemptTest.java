package org.hyperlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hyperlab.spark.TrialAttempt.AfterClaim;
import org.hyperlab.spark.TrialAttempt.Outcome;
import org.hyperlab.sweep.ObjectiveFunction;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.pruner.NopPruner;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.storage.InMemoryStudyStorage;
import org.hyperlab.sweep.storage.StudyStorage;
import org.junit.jupiter.api.Test;

/** The claim and finish rules of one Spark task attempt, without Spark: retries, speculative copies, strangers. */
class TrialAttemptTest {
    private static final String APP = "app-1";
    private final StudyStorage storage = new InMemoryStudyStorage();
    private final Study study = Study.create(storage, "s", new ObjectiveSpec("loss", Direction.MINIMIZE), 3,
            new RandomSampler(), new NopPruner());
    private final TrialRecord waiting = study.enqueue(Map.of("x", 0.25));
    private final AtomicInteger evaluations = new AtomicInteger();

    private ObjectiveFunction objective(double value) {
        return trial -> {
            evaluations.incrementAndGet();
            return value;
        };
    }

    @Test
    void anAttemptClaimsItsWaitingTrialAndFinishesIt() {
        assertEquals(Outcome.FINISHED, TrialAttempt.run(storage, study, objective(1.5), waiting.id(), APP, AfterClaim.NONE));
        TrialRecord t = storage.trial(waiting.id());
        assertEquals(TrialState.COMPLETE, t.state());
        assertEquals(1.5, t.value());
        assertEquals(APP, t.attrs().get(TrialAttempt.OWNER_ATTR));
        assertEquals(Map.of("x", 0.25), t.params());
    }

    @Test
    void aRetryTakesOverTheTrialItsFailedAttemptLeftRunning() {
        AfterClaim crash = trial -> {
            throw new IllegalStateException("executor lost");
        };
        assertThrows(IllegalStateException.class,
                () -> TrialAttempt.run(storage, study, objective(9), waiting.id(), APP, crash));
        assertEquals(TrialState.RUNNING, storage.trial(waiting.id()).state());

        assertEquals(Outcome.FINISHED, TrialAttempt.run(storage, study, objective(2.0), waiting.id(), APP, AfterClaim.NONE));
        assertEquals(1, evaluations.get());
        assertEquals(TrialState.COMPLETE, storage.trial(waiting.id()).state());
        assertEquals(2.0, storage.trial(waiting.id()).value());
        assertEquals(1, storage.trials(study.record().id()).size());
    }

    @Test
    void ofTwoConcurrentAttemptsTheFirstToFinishIsStoredAndTheOtherIsRefused() {
        // the first attempt is still evaluating when a speculative copy runs the trial from start to finish
        ObjectiveFunction slow = trial -> {
            assertEquals(Outcome.FINISHED, TrialAttempt.run(storage, study, objective(3.0), waiting.id(), APP,
                    AfterClaim.NONE));
            return 4.0;
        };
        assertEquals(Outcome.FINISHED_ELSEWHERE, TrialAttempt.run(storage, study, slow, waiting.id(), APP, AfterClaim.NONE));
        TrialRecord t = storage.trial(waiting.id());
        assertEquals(TrialState.COMPLETE, t.state());
        assertEquals(3.0, t.value());
        assertEquals(1, storage.trials(study.record().id()).size());
    }

    @Test
    void anAttemptAtAFinishedTrialDoesNothing() {
        TrialAttempt.run(storage, study, objective(1.0), waiting.id(), APP, AfterClaim.NONE);
        assertEquals(Outcome.SKIPPED, TrialAttempt.run(storage, study, objective(7.0), waiting.id(), APP, AfterClaim.NONE));
        assertEquals(1, evaluations.get());
        assertEquals(1.0, storage.trial(waiting.id()).value());
    }

    @Test
    void aTrialRunningForAnotherWorkerIsLeftToIt() {
        TrialRecord theirs = storage.claimWaitingTrial(study.record().id()).orElseThrow();
        assertEquals(waiting.id(), theirs.id());
        assertEquals(Outcome.SKIPPED, TrialAttempt.run(storage, study, objective(1.0), waiting.id(), APP, AfterClaim.NONE));
        assertEquals(0, evaluations.get());
        assertEquals(TrialState.RUNNING, storage.trial(waiting.id()).state());

        storage.setTrialAttr(waiting.id(), TrialAttempt.OWNER_ATTR, "another-app");
        assertEquals(Outcome.SKIPPED, TrialAttempt.run(storage, study, objective(1.0), waiting.id(), APP, AfterClaim.NONE));
        assertTrue(storage.trial(waiting.id()).value() == null);
    }
}
