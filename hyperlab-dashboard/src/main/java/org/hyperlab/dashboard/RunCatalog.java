package org.hyperlab.dashboard;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hyperlab.core.io.JsonText;
import org.hyperlab.core.train.HistoryRows;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.objective.TrainObjective;

/**
 * The training runs the dashboard shows, each named by an id: {@code dir:REL} for a run directory under the runs
 * directory (one holding {@code history.json}, at most {@link #DEPTH} levels down, as {@code train --out} and
 * {@code sweep run --out} make them) and {@code trial:N:STUDY} for trial N of a sweep study that kept its epochs in
 * the user attribute {@link HistoryRows#TRIAL_ATTRIBUTE}. A run document holds {@code history} (the rows of
 * {@link HistoryRows}), {@code config} (the directory's {@code config.json}, or the trial's train options, else its
 * parameters),
 * {@code final} ({@code final.json}, or the trial's state and value), {@code confusion} (rows of
 * {@code confusion-matrix.csv}, or null) and {@code running}. Reports are directories holding {@code index.html}.
 */
final class RunCatalog {
    /** How deep under the runs directory run and report directories are looked for. */
    static final int DEPTH = 3;
    private static final String HISTORY = "history.json";
    private static final String USER_HISTORY = "user:" + HistoryRows.TRIAL_ATTRIBUTE;
    private static final String USER_OPTIONS = "user:" + TrainObjective.OPTIONS_ATTRIBUTE;

    private final RunFiles files;
    private final StudySnapshots studies;
    private final JsonText json = new JsonText(StreamReadConstraints.defaults());

    /** Runs under {@code files}' root, and in the studies when they are not null. */
    RunCatalog(RunFiles files, StudySnapshots studies) {
        this.files = files;
        this.studies = studies;
    }

    /** Every run: directories newest name first, then sweep trials by study and number. */
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String rel : directoriesHolding(HISTORY)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", "dir:" + rel);
            row.put("label", rel);
            row.put("kind", "directory");
            out.add(row);
        }
        if (studies != null) {
            for (StudySnapshots.Snapshot s : studies.all()) {
                for (TrialRecord t : s.trials()) {
                    if (t.attrs().containsKey(USER_HISTORY)) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("id", "trial:" + t.number() + ":" + s.study().name());
                        row.put("label", s.study().name() + " #" + t.number());
                        row.put("kind", "trial");
                        row.put("state", t.state().name());
                        out.add(row);
                    }
                }
            }
        }
        return out;
    }

    /** Report directories (holding {@code index.html}), as paths relative to the runs directory. */
    public List<String> reports() {
        return directoriesHolding("index.html");
    }

    /** The run with this id, or empty when there is none. */
    public Optional<Map<String, Object>> run(String id) {
        if (id == null) {
            return Optional.empty();
        }
        if (id.startsWith("dir:")) {
            return files.directory(id.substring(4)).filter(d -> Files.isRegularFile(d.resolve(HISTORY)))
                    .map(d -> directoryRun(id, d));
        }
        if (id.startsWith("trial:") && studies != null) {
            String rest = id.substring(6);
            int colon = rest.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            int number;
            try {
                number = Integer.parseInt(rest.substring(0, colon));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            String study = rest.substring(colon + 1);
            return studies.study(study).flatMap(s -> s.trials().stream()
                    .filter(t -> t.number() == number).findFirst()).map(t -> trialRun(id, study, t));
        }
        return Optional.empty();
    }

    private Map<String, Object> directoryRun(String id, Path dir) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("label", files.root().relativize(dir).toString().replace('\\', '/'));
        Object history = read(dir.resolve(HISTORY));
        Map<?, ?> h = history instanceof Map<?, ?> m ? m : Map.of();
        doc.put("history", h.get("history") == null ? List.of() : h.get("history"));
        doc.put("running", Boolean.TRUE.equals(h.get("running")));
        doc.put("stopReason", h.get("stopReason"));
        doc.put("model", h.get("model"));
        doc.put("optimizer", h.get("optimizer"));
        doc.put("config", read(dir.resolve("config.json")));
        doc.put("final", read(dir.resolve("final.json")));
        doc.put("confusion", confusion(dir.resolve("confusion-matrix.csv")));
        return doc;
    }

    private Map<String, Object> trialRun(String id, String study, TrialRecord t) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("label", study + " #" + t.number());
        String rows = t.attrs().get(USER_HISTORY);
        doc.put("history", rows == null ? List.of() : parse(rows));
        doc.put("running", !t.state().isFinished());
        doc.put("stopReason", t.state().name().toLowerCase(java.util.Locale.ROOT));
        String options = t.attrs().get(USER_OPTIONS);
        Object config = options == null ? null : parse(options);
        doc.put("config", config != null ? config : t.params());
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("state", t.state().name());
        scores.put("value", t.value());
        doc.put("final", scores);
        doc.put("confusion", null);
        return doc;
    }

    private Object read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            return null;
        }
    }

    private Object parse(String text) {
        try {
            return json.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The counts of {@code confusion-matrix.csv} (header row and first column dropped), or null. */
    private static List<List<Long>> confusion(Path csv) {
        if (!Files.isRegularFile(csv)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(csv);
            List<List<Long>> rows = new ArrayList<>();
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                List<Long> row = new ArrayList<>();
                for (int i = 1; i < cells.length; i++) {
                    row.add(Long.parseLong(cells[i].trim()));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** Directories under the root holding {@code name}, relative, newest name first. */
    private List<String> directoriesHolding(String name) {
        Path root = files.root();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root, DEPTH)) {
            return walk.filter(p -> !p.equals(root) && Files.isDirectory(p) && Files.isRegularFile(p.resolve(name)))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted(Comparator.reverseOrder())
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
