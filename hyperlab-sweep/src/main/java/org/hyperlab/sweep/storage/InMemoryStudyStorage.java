package org.hyperlab.sweep.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.ObjectiveSpec;

/**
 * A {@link StudyStorage} in this process's memory (tests, throw-away sweeps); every method is synchronized. Its
 * clock, for heartbeats and reaping, is this process's.
 */
public final class InMemoryStudyStorage implements StudyStorage {
    private final Map<Long, StudyRecord> studies = new LinkedHashMap<>();
    private final Map<Long, Map<String, String>> studyAttrs = new LinkedHashMap<>();
    private final Map<Long, Set<String>> enqueuedKeys = new LinkedHashMap<>();
    private final Map<Long, List<Long>> trialsOfStudy = new LinkedHashMap<>();
    private final Map<Long, TrialRecord> trials = new LinkedHashMap<>();
    private final Map<Long, String> definitions = new LinkedHashMap<>();
    private final Map<Long, Integer> budgets = new LinkedHashMap<>();
    /** The worker of each trial that has had a heartbeat. */
    private final Map<Long, String> workers = new LinkedHashMap<>();
    /** The time of each running trial's last heartbeat (the process's clock is the only clock here). */
    private final Map<Long, Long> heartbeats = new LinkedHashMap<>();
    private final Map<Long, HeartbeatSettings> heartbeatSettings = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized Optional<String> studyDefinition(long studyId) {
        study(studyId);
        return Optional.ofNullable(definitions.get(studyId));
    }

    @Override
    public synchronized StudyRecord createStudy(String name, List<ObjectiveSpec> objectives, long seed,
                                                String definition, Integer trialBudget) {
        if (findStudy(name).isPresent()) {
            throw new StudyExistsException(name);
        }
        StudyRecord s = new StudyRecord(nextId++, name, objectives, seed, Instant.now());
        studies.put(s.id(), s);
        if (definition != null) {
            definitions.put(s.id(), definition);
        }
        if (trialBudget != null) {
            budgets.put(s.id(), trialBudget);
        }
        studyAttrs.put(s.id(), new LinkedHashMap<>());
        enqueuedKeys.put(s.id(), new HashSet<>());
        trialsOfStudy.put(s.id(), new ArrayList<>());
        return s;
    }

    @Override
    public synchronized Optional<StudyRecord> findStudy(String name) {
        return studies.values().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    @Override
    public synchronized List<StudyRecord> listStudies() {
        return List.copyOf(studies.values());
    }

    @Override
    public synchronized void setStudyAttr(long studyId, String key, String value) {
        study(studyId);
        studyAttrs.get(studyId).put(key, value);
    }

    @Override
    public synchronized Map<String, String> studyAttrs(long studyId) {
        study(studyId);
        return Map.copyOf(studyAttrs.get(studyId));
    }

    @Override
    public synchronized TrialRecord createTrial(long studyId, TrialState state, Map<String, Object> params) {
        study(studyId);
        if (state != TrialState.WAITING && state != TrialState.RUNNING) {
            throw new IllegalArgumentException("a new trial is WAITING or RUNNING, not " + state);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        params.forEach((k, v) -> p.put(k, ParamCodec.normalize(v)));
        List<Long> ids = trialsOfStudy.get(studyId);
        TrialRecord t = new TrialRecord(nextId++, ids.size(), state, p, null, new TreeMap<>(), Map.of(), null,
                state == TrialState.RUNNING ? Instant.now() : null, null);
        trials.put(t.id(), t);
        ids.add(t.id());
        if (state == TrialState.RUNNING) {
            heartbeats.put(t.id(), System.currentTimeMillis());
        }
        return t;
    }

    @Override
    public synchronized boolean enqueueTrialsOnce(long studyId, String key, List<Map<String, Object>> params) {
        study(studyId);
        if (!enqueuedKeys.get(studyId).add(key)) {
            return false;
        }
        for (Map<String, Object> p : params) {
            createTrial(studyId, TrialState.WAITING, p);
        }
        return true;
    }

    @Override
    public synchronized Optional<TrialRecord> claimWaitingTrial(long studyId) {
        for (long id : trialsOfStudy.get(study(studyId).id())) {
            TrialRecord t = trials.get(id);
            if (t.state() == TrialState.WAITING) {
                heartbeats.put(id, System.currentTimeMillis());
                return Optional.of(replace(t, TrialState.RUNNING, t.params(), t.intermediate(), t.attrs(), null,
                        null, Instant.now(), null));
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized Optional<TrialRecord> claimTrial(long trialId) {
        TrialRecord t = trials.get(trialId);
        if (t == null) {
            throw new StorageException("no trial with id " + trialId);
        }
        if (t.state() != TrialState.WAITING) {
            return Optional.empty();
        }
        return Optional.of(replace(t, TrialState.RUNNING, t.params(), t.intermediate(), t.attrs(), null, null,
                Instant.now(), null));
    }

    @Override
    public synchronized Optional<TrialRecord> startTrialWithinBudget(long studyId, boolean createIfNoneWaiting) {
        Integer budget = budgets.get(study(studyId).id());
        if (budget != null && counted(studyId) >= budget) {
            return Optional.empty();
        }
        Optional<TrialRecord> claimed = claimWaitingTrial(studyId);
        if (claimed.isPresent() || !createIfNoneWaiting) {
            return claimed;
        }
        return Optional.of(createTrial(studyId, TrialState.RUNNING, Map.of()));
    }

    private long counted(long studyId) {
        return trialsOfStudy.get(studyId).stream().filter(id -> TrialBudget.counts(trials.get(id))).count();
    }

    @Override
    public synchronized Optional<Integer> trialBudget(long studyId) {
        return Optional.ofNullable(budgets.get(study(studyId).id()));
    }

    @Override
    public synchronized int raiseTrialBudget(long studyId, int n) {
        study(studyId);
        int raised = budgets.getOrDefault(studyId, (int) counted(studyId)) + n;
        budgets.put(studyId, raised);
        return raised;
    }

    @Override
    public synchronized HeartbeatSettings heartbeatSettings(long studyId) {
        return heartbeatSettings.getOrDefault(study(studyId).id(), HeartbeatSettings.DEFAULT);
    }

    @Override
    public synchronized void setHeartbeatSettings(long studyId, HeartbeatSettings settings) {
        heartbeatSettings.put(study(studyId).id(), java.util.Objects.requireNonNull(settings));
    }

    @Override
    public synchronized List<TrialRecord> reapStaleTrials(long studyId) {
        int grace = heartbeatSettings(studyId).graceSeconds();
        long cutoff = System.currentTimeMillis() - 1000L * grace;
        List<TrialRecord> reaped = new ArrayList<>();
        for (TrialRecord t : trials(studyId)) {
            Long beat = heartbeats.get(t.id());
            if (t.state() == TrialState.RUNNING && beat != null && beat < cutoff) {
                reaped.add(failAndRequeue(t.id(), Reaping.message(workers.get(t.id()), grace)));
            }
        }
        return reaped;
    }

    @Override
    public synchronized TrialRecord failAndRequeue(long trialId, String message) {
        TrialRecord t = running(trialId);
        long studyId = studyOf(trialId);
        TrialRecord rerun = createTrial(studyId, TrialState.WAITING, t.params());
        Map<String, String> attrs = new LinkedHashMap<>(t.attrs());
        attrs.put(TrialBudget.REPLACED_BY, Integer.toString(rerun.number()));
        heartbeats.remove(trialId);
        return replace(t, TrialState.FAILED, t.params(), t.intermediate(), attrs, null,
                Reaping.withRerun(message, rerun.number()), t.started(), Instant.now());
    }

    private long studyOf(long trialId) {
        return trialsOfStudy.entrySet().stream().filter(e -> e.getValue().contains(trialId)).findFirst()
                .orElseThrow(() -> new StorageException("no trial with id " + trialId)).getKey();
    }

    @Override
    public synchronized boolean hasRunningTrials(long studyId) {
        return trials(studyId).stream().anyMatch(t -> t.state() == TrialState.RUNNING);
    }

    @Override
    public synchronized void heartbeat(long trialId, String worker) {
        running(trialId);
        workers.put(trialId, worker);
        heartbeats.put(trialId, System.currentTimeMillis());
    }

    @Override
    public synchronized void setTrialParam(long trialId, String name, Object value) {
        TrialRecord t = running(trialId);
        Map<String, Object> p = new LinkedHashMap<>(t.params());
        p.put(name, ParamCodec.normalize(value));
        replace(t, t.state(), p, t.intermediate(), t.attrs(), null, null, t.started(), null);
    }

    @Override
    public synchronized void reportIntermediate(long trialId, int step, double value) {
        TrialRecord t = running(trialId);
        TreeMap<Integer, Double> m = new TreeMap<>(t.intermediate());
        m.put(step, value);
        heartbeats.put(trialId, System.currentTimeMillis());
        replace(t, t.state(), t.params(), m, t.attrs(), null, null, t.started(), null);
    }

    @Override
    public synchronized void setTrialAttr(long trialId, String key, String value) {
        TrialRecord t = running(trialId);
        Map<String, String> a = new LinkedHashMap<>(t.attrs());
        a.put(key, value);
        replace(t, t.state(), t.params(), t.intermediate(), a, null, null, t.started(), null);
    }

    @Override
    public synchronized TrialRecord finishTrialWithValues(long trialId, TrialState state, List<Double> values, String message) {
        if (!state.isFinished()) {
            throw new IllegalArgumentException("finishTrial needs a finished state, not " + state);
        }
        TrialRecord t = running(trialId);
        TrialRecord r = new TrialRecord(t.id(), t.number(), state, t.params(), values == null ? null : values.get(0),
                t.intermediate(), t.attrs(), message, t.started(), Instant.now(), values);
        trials.put(t.id(), r);
        return r;
    }

    @Override
    public synchronized TrialRecord trial(long trialId) {
        TrialRecord t = trials.get(trialId);
        if (t == null) {
            throw new StorageException("no trial with id " + trialId);
        }
        return t;
    }

    @Override
    public synchronized List<TrialRecord> trials(long studyId) {
        return trialsOfStudy.get(study(studyId).id()).stream().map(trials::get).toList();
    }

    @Override
    public synchronized List<TrialRecord> failRunningTrials(long studyId, String message) {
        List<TrialRecord> failed = new ArrayList<>();
        for (TrialRecord t : trials(studyId)) {
            if (t.state() == TrialState.RUNNING) {
                failed.add(replace(t, TrialState.FAILED, t.params(), t.intermediate(), t.attrs(), null, message,
                        t.started(), Instant.now()));
            }
        }
        return failed;
    }

    @Override
    public void close() {
        // nothing to release
    }

    private StudyRecord study(long studyId) {
        StudyRecord s = studies.get(studyId);
        if (s == null) {
            throw new StorageException("no study with id " + studyId);
        }
        return s;
    }

    private TrialRecord running(long trialId) {
        TrialRecord t = trial(trialId);
        if (t.state() != TrialState.RUNNING) {
            throw new StaleTrialException(trialId, t.state().name());
        }
        return t;
    }

    private TrialRecord replace(TrialRecord t, TrialState state, Map<String, Object> params,
                                java.util.SortedMap<Integer, Double> intermediate, Map<String, String> attrs,
                                Double value, String message, Instant started, Instant finished) {
        TrialRecord r = new TrialRecord(t.id(), t.number(), state, params, value, intermediate, attrs, message,
                started, finished);
        trials.put(t.id(), r);
        return r;
    }
}
