package org.hyperlab.sweep.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.junit.jupiter.api.Test;

/**
 * The behavior every {@link StudyStorage} must have (after Optuna's {@code pytest_storages}). Subclasses supply
 * a store and a second handle on the same data (another connection, as a second process would have).
 */
abstract class StudyStorageContract extends TwoStoreHandles {
    private static String uniqueName() {
        return "study-" + UUID.randomUUID();
    }

    private StudyRecord newStudy() {
        return storage.createStudy(uniqueName(), new ObjectiveSpec("val_loss", Direction.MINIMIZE), 42);
    }

    @Test
    void severalObjectivesAndTheirValuesAreStoredInOrder() {
        List<ObjectiveSpec> objectives = List.of(new ObjectiveSpec("val_loss", Direction.MINIMIZE),
                new ObjectiveSpec("seconds", Direction.MINIMIZE), new ObjectiveSpec("accuracy", Direction.MAXIMIZE));
        String name = uniqueName();
        StudyRecord s = storage.createStudy(name, objectives, 3, null, null);
        assertEquals(objectives, other.findStudy(name).orElseThrow().objectives());
        assertEquals(objectives.get(0), other.findStudy(name).orElseThrow().objective());
        TrialRecord t = storage.createTrial(s.id(), TrialState.RUNNING, Map.of());
        storage.finishTrialWithValues(t.id(), TrialState.COMPLETE, List.of(0.25, 12.5, 0.875), null);
        TrialRecord read = other.trials(s.id()).get(0);
        assertEquals(List.of(0.25, 12.5, 0.875), read.values());
        assertEquals(0.25, read.value());
        TrialRecord failed = storage.createTrial(s.id(), TrialState.RUNNING, Map.of());
        storage.finishTrial(failed.id(), TrialState.FAILED, null, "boom");
        assertEquals(List.of(), other.trial(failed.id()).values());
    }

    @Test
    void studiesAreCreatedFoundListedAndNamesAreUnique() {
        String name = uniqueName();
        StudyRecord s = storage.createStudy(name, new ObjectiveSpec("val_accuracy", Direction.MAXIMIZE), -7);
        StudyRecord found = other.findStudy(name).orElseThrow();
        assertEquals(s.id(), found.id());
        assertEquals(new ObjectiveSpec("val_accuracy", Direction.MAXIMIZE), found.objective());
        assertEquals(-7, found.seed());
        assertTrue(other.listStudies().stream().anyMatch(x -> x.name().equals(name)));
        assertTrue(storage.findStudy(uniqueName()).isEmpty());
        StudyExistsException e = assertThrows(StudyExistsException.class,
                () -> other.createStudy(name, new ObjectiveSpec("val_loss", Direction.MINIMIZE), 1));
        assertTrue(e.getMessage().contains(name));
    }

    @Test
    void studyAttributesAreSetAndReplaced() {
        StudyRecord s = newStudy();
        storage.setStudyAttr(s.id(), "spec", "a");
        other.setStudyAttr(s.id(), "spec", "b");
        storage.setStudyAttr(s.id(), "space", "c");
        assertEquals(Map.of("spec", "b", "space", "c"), storage.studyAttrs(s.id()));
    }

    @Test
    void trialsKeepParamsValuesAndAttributesExactly() {
        StudyRecord s = newStudy();
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("lr", 0.1 + 0.2);
        fixed.put("batch", 64);
        TrialRecord t = storage.createTrial(s.id(), TrialState.RUNNING, fixed);
        assertEquals(0, t.number());
        assertEquals(TrialState.RUNNING, t.state());
        storage.setTrialParam(t.id(), "optimizer", "adam");
        storage.setTrialParam(t.id(), "zscore", true);
        storage.setTrialParam(t.id(), "tiny", 1e-300);
        storage.reportIntermediate(t.id(), 0, 2.5);
        storage.reportIntermediate(t.id(), 1, Double.NaN);
        storage.reportIntermediate(t.id(), 2, Double.POSITIVE_INFINITY);
        storage.reportIntermediate(t.id(), 0, 2.25);
        storage.setTrialAttr(t.id(), "note", "x");
        TrialRecord done = storage.finishTrial(t.id(), TrialState.COMPLETE, 0.125, null);
        TrialRecord read = other.trials(s.id()).get(0);
        assertEquals(done, read);
        assertEquals(List.of("lr", "batch", "optimizer", "zscore", "tiny"), List.copyOf(read.params().keySet()));
        assertEquals(0.30000000000000004, read.params().get("lr"));
        assertEquals(64, read.params().get("batch"));
        assertEquals("adam", read.params().get("optimizer"));
        assertEquals(true, read.params().get("zscore"));
        assertEquals(1e-300, read.params().get("tiny"));
        assertEquals(2.25, read.intermediate().get(0));
        assertTrue(read.intermediate().get(1).isNaN());
        assertEquals(Double.POSITIVE_INFINITY, read.intermediate().get(2));
        assertEquals(Map.of("note", "x"), read.attrs());
        assertEquals(0.125, read.value());
        assertEquals(TrialState.COMPLETE, read.state());
        assertTrue(read.started() != null && read.finished() != null);
    }

    /**
     * A handle that read a study before sees, on its next read, what another handle changed since: a running trial
     * that finished (with its value, values and attributes), a new trial, and the earlier finished ones unchanged;
     * the same records a handle reading the study for the first time gets.
     */
    @Test
    void repeatedReadsSeeWhatAnotherHandleChanged() throws Exception {
        StudyRecord s = newStudy();
        TrialRecord first = storage.createTrial(s.id(), TrialState.RUNNING, Map.of("lr", 0.5));
        storage.finishTrial(first.id(), TrialState.COMPLETE, 1.5, null);
        TrialRecord running = storage.createTrial(s.id(), TrialState.RUNNING, Map.of("lr", 0.25));
        List<TrialRecord> before = storage.trials(s.id());
        assertEquals(List.of(TrialState.COMPLETE, TrialState.RUNNING), before.stream().map(TrialRecord::state).toList());
        other.setTrialParam(running.id(), "batch", 32);
        other.reportIntermediate(running.id(), 0, 0.75);
        other.setTrialAttr(running.id(), "note", "y");
        other.finishTrial(running.id(), TrialState.PRUNED, null, null);
        TrialRecord added = other.createTrial(s.id(), TrialState.WAITING, Map.of("lr", 0.125));
        List<TrialRecord> after = storage.trials(s.id());
        assertEquals(3, after.size());
        assertEquals(before.get(0), after.get(0));
        TrialRecord pruned = after.get(1);
        assertEquals(TrialState.PRUNED, pruned.state());
        assertEquals(Map.of("lr", 0.25, "batch", 32), pruned.params());
        assertEquals(0.75, pruned.intermediate().get(0));
        assertEquals("y", pruned.attrs().get("note"));
        assertEquals(added.id(), after.get(2).id());
        try (StudyStorage fresh = openOther()) {
            assertEquals(fresh.trials(s.id()), after);
        }
    }

    /** A study of more trials than one read completes by trial id: two handles read the same records. */
    @Test
    void aLargeStudyReadsTheSameThroughEveryHandle() throws Exception {
        StudyRecord s = newStudy();
        for (int i = 0; i < 100; i++) {
            TrialRecord t = storage.createTrial(s.id(), TrialState.RUNNING, Map.of("x", i * 0.5));
            storage.reportIntermediate(t.id(), 0, i);
            storage.finishTrial(t.id(), TrialState.COMPLETE, i * 0.25, null);
        }
        List<TrialRecord> first = other.trials(s.id());
        assertEquals(100, first.size());
        assertEquals(Map.of("x", 49.5), first.get(99).params());
        assertEquals(99.0, first.get(99).intermediate().get(0));
        assertEquals(first, other.trials(s.id()));
        assertEquals(first, storage.trials(s.id()));
    }

    @Test
    void failedTrialsKeepTheirMessageAndFinishedTrialsRefuseWrites() {
        StudyRecord s = newStudy();
        TrialRecord t = storage.createTrial(s.id(), TrialState.RUNNING, Map.of());
        TrialRecord f = storage.finishTrial(t.id(), TrialState.FAILED, null, "java.io.IOException: disk full");
        assertEquals("java.io.IOException: disk full", other.trial(t.id()).message());
        assertNull(f.value());
        assertThrows(StaleTrialException.class, () -> other.reportIntermediate(t.id(), 3, 1.0));
        assertThrows(StaleTrialException.class, () -> other.setTrialParam(t.id(), "x", 1.0));
        assertThrows(StaleTrialException.class, () -> other.setTrialAttr(t.id(), "x", "y"));
        assertThrows(StaleTrialException.class, () -> other.finishTrial(t.id(), TrialState.COMPLETE, 1.0, null));
        assertEquals(TrialState.FAILED, storage.trial(t.id()).state());
    }

    @Test
    void failRunningTrialsTouchesOnlyRunningOnes() {
        StudyRecord s = newStudy();
        TrialRecord a = storage.createTrial(s.id(), TrialState.RUNNING, Map.of("x", 1));
        TrialRecord b = storage.createTrial(s.id(), TrialState.RUNNING, Map.of("x", 2));
        storage.finishTrial(b.id(), TrialState.COMPLETE, 3.0, null);
        TrialRecord w = storage.createTrial(s.id(), TrialState.WAITING, Map.of("x", 3));
        List<TrialRecord> failed = other.failRunningTrials(s.id(), "process died");
        assertEquals(List.of(a.id()), failed.stream().map(TrialRecord::id).toList());
        assertEquals("process died", storage.trial(a.id()).message());
        assertEquals(TrialState.COMPLETE, storage.trial(b.id()).state());
        assertEquals(TrialState.WAITING, storage.trial(w.id()).state());
        assertThrows(StaleTrialException.class, () -> storage.reportIntermediate(a.id(), 0, 1.0));
    }

    @Test
    void waitingTrialsAreClaimedInOrderAndOnlyOnce() {
        StudyRecord s = newStudy();
        List<Map<String, Object>> points = List.of(Map.of("x", 1), Map.of("x", 2));
        assertTrue(storage.enqueueTrialsOnce(s.id(), "grid", points));
        assertFalse(other.enqueueTrialsOnce(s.id(), "grid", points));
        TrialRecord first = other.claimWaitingTrial(s.id()).orElseThrow();
        assertEquals(0, first.number());
        assertEquals(Map.of("x", 1), first.params());
        assertEquals(TrialState.RUNNING, first.state());
        assertEquals(1, storage.claimWaitingTrial(s.id()).orElseThrow().number());
        assertTrue(storage.claimWaitingTrial(s.id()).isEmpty());
    }

    /** Runs {@code perThread} calls on each of 4 threads, alternating between the two handles. */
    private <T> List<T> concurrently(int perThread, java.util.function.Function<StudyStorage, T> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int th = 0; th < 4; th++) {
                StudyStorage handle = th % 2 == 0 ? storage : other;
                Callable<List<T>> task = () -> {
                    List<T> out = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        out.add(call.apply(handle));
                    }
                    return out;
                };
                futures.add(pool.submit(task));
            }
            List<T> all = new ArrayList<>();
            for (Future<List<T>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void concurrentCreationGivesDistinctConsecutiveNumbers() throws Exception {
        StudyRecord s = newStudy();
        List<Integer> numbers = concurrently(10,
                h -> h.createTrial(s.id(), TrialState.RUNNING, Map.of()).number());
        assertEquals(IntStream.range(0, 40).boxed().collect(Collectors.toSet()), new TreeSet<>(numbers));
        assertEquals(40, numbers.size());
    }

    @Test
    void concurrentClaimsTakeEachWaitingTrialOnceAndConcurrentReportsAreAllKept() throws Exception {
        StudyRecord s = newStudy();
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            points.add(Map.of("x", i));
        }
        List<Boolean> enqueued = concurrently(1, h -> h.enqueueTrialsOnce(s.id(), "grid", points));
        assertEquals(1, Collections.frequency(enqueued, true));
        List<Long> claimed = concurrently(12, h -> h.claimWaitingTrial(s.id()).map(t -> {
            h.reportIntermediate(t.id(), 0, (Integer) t.params().get("x"));
            h.finishTrial(t.id(), TrialState.COMPLETE, ((Integer) t.params().get("x")).doubleValue(), null);
            return t.id();
        }).orElse(-1L));
        Set<Long> ids = claimed.stream().filter(id -> id >= 0).collect(Collectors.toSet());
        assertEquals(40, ids.size());
        assertEquals(40, claimed.stream().filter(id -> id >= 0).count());
        List<TrialRecord> all = storage.trials(s.id());
        assertEquals(40, all.size());
        for (TrialRecord t : all) {
            assertEquals(TrialState.COMPLETE, t.state());
            assertEquals(((Integer) t.params().get("x")).doubleValue(), t.value());
            assertEquals(t.value(), t.intermediate().get(0));
        }
    }

    @Test
    void readsWhileAnotherHandleCreatesTrialsSeeConsistentRecords() throws Exception {
        StudyRecord s = newStudy();
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();
        List<Integer> sizes = concurrently(15, h -> {
            if (calls.getAndIncrement() % 2 == 0) {
                writes.incrementAndGet();
                TrialRecord t = h.createTrial(s.id(), TrialState.RUNNING, Map.of("x", 1));
                h.setTrialAttr(t.id(), "worker", "w");
                h.reportIntermediate(t.id(), 0, 1.0);
                return -1;
            }
            List<TrialRecord> read = h.trials(s.id());
            for (TrialRecord t : read) {
                assertEquals(Map.of("x", 1), t.params());
            }
            return read.size();
        });
        assertEquals(writes.get(), storage.trials(s.id()).size());
        assertTrue(writes.get() > 0 && sizes.stream().allMatch(n -> n <= writes.get()));
    }

    @Test
    void startingWithinABudgetClaimsWaitingTrialsFirstAndStopsAtTheBudget() {
        StudyRecord s = storage.createStudy(uniqueName(), new ObjectiveSpec("val_loss", Direction.MINIMIZE), 1, "{}", 2);
        TrialRecord waiting = storage.createTrial(s.id(), TrialState.WAITING, Map.of("x", 1));
        TrialRecord first = other.startTrialWithinBudget(s.id(), true).orElseThrow();
        assertEquals(waiting.number(), first.number());
        assertEquals(TrialState.RUNNING, first.state());
        assertTrue(storage.startTrialWithinBudget(s.id(), false).isEmpty(), "nothing waiting, none to be made");
        TrialRecord second = storage.startTrialWithinBudget(s.id(), true).orElseThrow();
        assertEquals(1, second.number());
        assertTrue(other.startTrialWithinBudget(s.id(), true).isEmpty(), "the budget of 2 is used up");
        StudyRecord unlimited = storage.createStudy(uniqueName(), new ObjectiveSpec("val_loss", Direction.MINIMIZE), 1);
        for (int i = 0; i < 3; i++) {
            assertEquals(i, storage.startTrialWithinBudget(unlimited.id(), true).orElseThrow().number());
        }
    }
}
