package org.hyperlab.sweep.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.junit.jupiter.api.Test;

/**
 * Heartbeats, reaping and the trial budget, as every {@link StudyStorage} must handle them. Subclasses supply a store
 * and a second handle on the same data (another connection, as a worker on another machine would have).
 */
abstract class HeartbeatAndBudgetContract extends TwoStoreHandles {
    private static final ObjectiveSpec LOSS = new ObjectiveSpec("loss", Direction.MINIMIZE);
    /** The shortest settings allowed: abandoned 2 s after the last heartbeat. */
    private static final HeartbeatSettings FAST = new HeartbeatSettings(1, 2);

    private StudyRecord newStudy(Integer budget) {
        return storage.createStudy("hb-" + UUID.randomUUID(), LOSS, 1, null, budget);
    }

    @Test
    void settingsDefaultToFiveAndThirtySecondsAndAreStored() {
        StudyRecord s = newStudy(null);
        assertEquals(new HeartbeatSettings(5, 30), other.heartbeatSettings(s.id()));
        storage.setHeartbeatSettings(s.id(), FAST);
        assertEquals(FAST, other.heartbeatSettings(s.id()));
    }

    @Test
    void staleTrialsAreFailedAndReenqueuedOnceByConcurrentReapersAndFreshOnesAreKept() throws Exception {
        StudyRecord s = newStudy(null);
        storage.setHeartbeatSettings(s.id(), FAST);
        List<TrialRecord> stale = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            TrialRecord t = storage.createTrial(s.id(), TrialState.RUNNING, Map.of("x", (double) i));
            storage.heartbeat(t.id(), "host-b:7:ab" + i);
            stale.add(t);
        }
        TrialRecord beating = storage.createTrial(s.id(), TrialState.RUNNING, Map.of("x", 100.0));
        TrialRecord reporting = storage.createTrial(s.id(), TrialState.RUNNING, Map.of("x", 200.0));
        Thread.sleep(2_200);
        other.heartbeat(beating.id(), "host-a:8:cd");
        other.reportIntermediate(reporting.id(), 1, 0.5);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<TrialRecord>>> reapers = new ArrayList<>();
        for (StudyStorage handle : List.of(storage, other)) {
            reapers.add(pool.submit(() -> {
                go.await();
                return handle.reapStaleTrials(s.id());
            }));
        }
        go.countDown();
        List<Integer> reaped = new ArrayList<>();
        for (Future<List<TrialRecord>> f : reapers) {
            f.get().forEach(t -> reaped.add(t.number()));
        }
        pool.shutdown();

        assertEquals(stale.stream().map(TrialRecord::number).sorted().toList(), reaped.stream().sorted().toList(),
                "each stale trial reaped by exactly one of the two reapers");
        List<TrialRecord> all = other.trials(s.id());
        Set<Object> rerunParams = new HashSet<>();
        for (TrialRecord t : stale) {
            TrialRecord now = all.get(t.number());
            assertEquals(TrialState.FAILED, now.state());
            assertTrue(now.message().startsWith("abandoned: no heartbeat from worker host-b:7:ab"), now.message());
            int rerun = Integer.parseInt(now.attrs().get(TrialBudget.REPLACED_BY));
            assertTrue(now.message().endsWith("re-run as trial " + rerun), now.message());
            assertEquals(TrialState.WAITING, all.get(rerun).state());
            assertEquals(t.params(), all.get(rerun).params());
            rerunParams.add(all.get(rerun).params().get("x"));
        }
        assertEquals(12, rerunParams.size(), "one re-run per reaped trial");
        assertEquals(14 + 12, all.size(), "no other trial was enqueued");
        assertEquals(TrialState.RUNNING, all.get(beating.number()).state(), "a fresh heartbeat is not reaped");
        assertEquals(TrialState.RUNNING, all.get(reporting.number()).state(), "a report is a heartbeat");

        long reapedId = stale.get(0).id();
        assertThrows(StaleTrialException.class, () -> storage.finishTrial(reapedId, TrialState.COMPLETE, 1.0, null));
        assertThrows(StaleTrialException.class, () -> storage.heartbeat(reapedId, "host-b:7:ab0"));
        assertThrows(StaleTrialException.class, () -> storage.reportIntermediate(reapedId, 2, 1.0));
        assertEquals(TrialState.FAILED, other.trial(reapedId).state(), "the late result was refused");
        assertTrue(other.reapStaleTrials(s.id()).isEmpty(), "a reaped trial is reaped once");
    }

    @Test
    void theBudgetCountsRunningAndFinishedTrialsButNotReplacedOnes() {
        StudyRecord s = newStudy(3);
        storage.enqueueTrialsOnce(s.id(), "planned", List.of(Map.of("x", 1.0)));
        TrialRecord a = storage.startTrialWithinBudget(s.id(), true).orElseThrow();
        TrialRecord b = other.startTrialWithinBudget(s.id(), true).orElseThrow();
        TrialRecord c = storage.startTrialWithinBudget(s.id(), true).orElseThrow();
        assertEquals(Map.of("x", 1.0), a.params(), "the waiting trial is started first");
        assertTrue(other.startTrialWithinBudget(s.id(), true).isEmpty(), "3 running trials use a budget of 3");

        TrialRecord failed = other.failAndRequeue(a.id(), "interrupted");
        assertEquals(String.valueOf(3), failed.attrs().get(TrialBudget.REPLACED_BY));
        assertEquals(TrialState.FAILED, failed.state());
        TrialRecord rerun = storage.startTrialWithinBudget(s.id(), true).orElseThrow();
        assertEquals(3, rerun.number());
        assertEquals(a.params(), rerun.params());
        assertTrue(storage.startTrialWithinBudget(s.id(), true).isEmpty(), "the re-run replaces the failed trial");
        assertThrows(StaleTrialException.class, () -> storage.failAndRequeue(a.id(), "again"));

        storage.finishTrial(b.id(), TrialState.PRUNED, null, "pruned");
        storage.finishTrial(c.id(), TrialState.FAILED, null, "error");
        storage.finishTrial(rerun.id(), TrialState.DIVERGED, null, "nan");
        assertFalse(other.hasRunningTrials(s.id()));
        assertTrue(other.startTrialWithinBudget(s.id(), true).isEmpty(), "pruned, failed and diverged trials count");
        assertEquals(Optional.of(3), other.trialBudget(s.id()));
        assertEquals(5, other.raiseTrialBudget(s.id(), 2));
        assertEquals(4, storage.startTrialWithinBudget(s.id(), true).orElseThrow().number());
        assertTrue(storage.hasRunningTrials(s.id()));
        assertEquals(5, other.startTrialWithinBudget(s.id(), true).orElseThrow().number());
        assertTrue(storage.startTrialWithinBudget(s.id(), true).isEmpty());
    }

    @Test
    void aStudyWithoutBudgetGetsOneFromItsCountedTrialsWhenRaised() {
        StudyRecord s = newStudy(null);
        assertEquals(Optional.empty(), storage.trialBudget(s.id()));
        TrialRecord done = storage.createTrial(s.id(), TrialState.RUNNING, Map.of());
        storage.finishTrial(done.id(), TrialState.COMPLETE, 1.0, null);
        TrialRecord lost = storage.createTrial(s.id(), TrialState.RUNNING, Map.of());
        storage.failAndRequeue(lost.id(), "interrupted");
        assertEquals(1 + 4, other.raiseTrialBudget(s.id(), 4), "the complete trial counts, the replaced one does not");
    }
}
