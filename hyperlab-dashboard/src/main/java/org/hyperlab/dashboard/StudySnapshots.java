package org.hyperlab.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.storage.StudyStorage;

/**
 * The latest read of every study, kept fresh by one background thread so that an API answer never waits for the
 * store (reading a study of 10,000 trials takes longer than an answer may). The thread lists the studies and
 * re-reads each one that a page asked for in the last {@link #WATCH_MILLIS} ms on every round and the others every
 * {@link #IDLE_MILLIS} ms; between rounds it pauses as long as the round took, and at least {@link #PAUSE_MILLIS}
 * ms, so that it never holds more than half a core. A study nobody has read yet is read on the asking thread. The
 * JSON document of a study is rebuilt only when its {@link StudyViews#fingerprint fingerprint} changed. Answers
 * come from the snapshots and the last list, so they never wait behind a long read of the store.
 */
final class StudySnapshots implements AutoCloseable {
    static final long WATCH_MILLIS = 5_000;
    static final long IDLE_MILLIS = 10_000;
    static final long PAUSE_MILLIS = 250;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One read of a study: its trials, their fingerprint and the study document as JSON. */
    record Snapshot(StudyRecord study, List<TrialRecord> trials, String fingerprint, byte[] document, long readAt) {
    }

    private final StudyStorage storage;
    private final Map<String, Snapshot> byName = new ConcurrentHashMap<>();
    private final Map<String, Long> wantedAt = new ConcurrentHashMap<>();
    private final Thread refresher;
    private volatile List<StudyRecord> listed;
    private volatile boolean running = true;

    StudySnapshots(StudyStorage storage) {
        this.storage = storage;
        this.refresher = new Thread(this::refreshLoop, "dashboard-study-reader");
        refresher.setDaemon(true);
        refresher.start();
    }

    /** The latest snapshot of the study, read now if there is none yet; empty when there is no such study. */
    Optional<Snapshot> study(String name) {
        wantedAt.put(name, System.currentTimeMillis());
        Snapshot s = byName.get(name);
        if (s != null) {
            return Optional.of(s);
        }
        return storage.findStudy(name).map(this::read);
    }

    /**
     * The latest snapshots of every study the background thread listed last (the store's list before its first
     * round), oldest study first, reading the ones not read yet.
     */
    List<Snapshot> all() {
        List<StudyRecord> studies = listed;
        List<Snapshot> out = new ArrayList<>();
        for (StudyRecord r : studies != null ? studies : storage.listStudies()) {
            Snapshot s = byName.get(r.name());
            out.add(s != null ? s : read(r));
        }
        out.sort(Comparator.comparing(s -> s.study().created()));
        return out;
    }

    private void refreshLoop() {
        while (running) {
            long start = System.currentTimeMillis();
            try {
                listed = storage.listStudies();
                for (StudyRecord r : listed) {
                    if (!running) {
                        return;
                    }
                    Snapshot s = byName.get(r.name());
                    long now = System.currentTimeMillis();
                    if (s == null || now - wantedAt.getOrDefault(r.name(), 0L) < WATCH_MILLIS
                            || now - s.readAt() > IDLE_MILLIS) {
                        read(r);
                    }
                }
            } catch (RuntimeException e) {
                // the store is unreachable for now: pages keep the last snapshots and the next round tries again
            }
            long took = System.currentTimeMillis() - start;
            try {
                Thread.sleep(Math.max(PAUSE_MILLIS, took));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Snapshot read(StudyRecord r) {
        List<TrialRecord> trials = storage.trials(r.id());
        String fingerprint = StudyViews.fingerprint(trials);
        Snapshot old = byName.get(r.name());
        byte[] document = old != null && old.fingerprint().equals(fingerprint) ? old.document()
                : json(StudyViews.document(r, trials));
        Snapshot s = new Snapshot(r, trials, fingerprint, document, System.currentTimeMillis());
        byName.put(r.name(), s);
        return s;
    }

    private static byte[] json(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the study document: " + e.getOriginalMessage(), e);
        }
    }

    /** Stops the background reads (the store is closed by its owner, after this). */
    @Override
    public void close() {
        running = false;
        refresher.interrupt();
        try {
            refresher.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
