package org.hyperlab.dashboard;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.storage.StudyStorage;
import org.hyperlab.sweep.storage.StudyStorages;

/**
 * The dashboard's big-study workload: a generated SQLite study of {@link #TRIALS} trials with {@link #PARAMS}
 * parameters and {@link #STEPS} intermediate values each (one in ten pruned halfway), served by a dashboard, and the
 * wall time of its API answers (the median of {@link #REPEATS} requests after {@link #WARM_UP} unmeasured ones).
 * {@code main(DIR)} keeps the store in {@code DIR/bench-study.db} and reuses it when it exists.
 */
public final class DashboardWorkload {
    public static final int TRIALS = 10_000;
    static final int PARAMS = 5;
    static final int STEPS = 20;
    static final int WARM_UP = 5;
    static final int REPEATS = 15;
    /** The study's name. */
    public static final String STUDY = "bench-10k";

    private DashboardWorkload() {
    }

    /** Creates the study in a new store at {@code db} (the file must not exist yet). */
    public static void generate(Path db, int trials, int params, int steps) {
        SplittableRandom rng = new SplittableRandom(42);
        try (StudyStorage s = StudyStorages.open("jdbc:sqlite:" + db)) {
            long study = s.createStudy(STUDY, new ObjectiveSpec("validation-loss", Direction.MINIMIZE), 42).id();
            for (int n = 0; n < trials; n++) {
                Map<String, Object> p = new LinkedHashMap<>();
                for (int i = 0; i < params - 1; i++) {
                    p.put("x" + i, rng.nextDouble());
                }
                p.put("optimizer", rng.nextBoolean() ? "adam" : "sgd");
                long id = s.createTrial(study, TrialState.RUNNING, p).id();
                boolean pruned = n % 10 == 9;
                double level = (Double) p.get("x0") + 0.3 * rng.nextDouble();
                double last = 0;
                for (int step = 1; step <= (pruned ? steps / 2 : steps); step++) {
                    last = level + 1.0 / step;
                    s.reportIntermediate(id, step, last);
                }
                s.finishTrial(id, pruned ? TrialState.PRUNED : TrialState.COMPLETE, pruned ? null : last, null);
            }
        }
    }

    /** Median milliseconds of GET {@code path} on the dashboard, after warming up; the answer must be 200 or 204. */
    public static double medianMillis(Dashboard dashboard, String path) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(dashboard.url() + path.substring(1))).build();
        double[] ms = new double[REPEATS];
        for (int i = -WARM_UP; i < REPEATS; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long t1 = System.nanoTime();
            if (r.statusCode() != 200 && r.statusCode() != 204) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            if (i >= 0) {
                ms[i] = (t1 - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms[REPEATS / 2];
    }

    /** Generates (once) and measures: prints one line per API answer. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/dashboard-bench");
        Files.createDirectories(dir);
        PrintWriter out = new PrintWriter(System.out, true);
        run(dir, TRIALS, out);
        out.flush();
    }

    /**
     * Generates the study of {@code trials} trials in {@code dir/bench-study.db} unless it exists, then prints the
     * store read time, the study document's size and the median time of each API answer to {@code out}.
     */
    public static void run(Path dir, int trials, PrintWriter out) throws IOException, InterruptedException {
        Path db = dir.resolve("bench-study.db");
        if (!Files.exists(db)) {
            long t0 = System.nanoTime();
            generate(db, trials, PARAMS, STEPS);
            out.printf(Locale.ROOT, "generated %d trials x %d params x %d steps in %.1f s%n", trials, PARAMS,
                    STEPS, (System.nanoTime() - t0) / 1e9);
        }
        try (StudyStorage s = StudyStorages.open("jdbc:sqlite:" + db)) {
            long id = s.findStudy(STUDY).orElseThrow().id();
            double[] ms = new double[3];
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                s.trials(id);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            out.printf(Locale.ROOT, "store read of the study (background, not per answer): median %.1f ms%n", ms[1]);
        }
        try (Dashboard d = Dashboard.start(new DashboardSettings("jdbc:sqlite:" + db, dir, DashboardSettings.LOCAL_HOST, 0))) {
            String study = "/api/study?name=" + STUDY;
            HttpResponse<String> full = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(d.url() + study.substring(1))).build(), HttpResponse.BodyHandlers.ofString());
            String fingerprint = full.body().replaceAll("(?s).*\"fingerprint\":\"([^\"]+)\".*", "$1");
            out.printf(Locale.ROOT, "study document: %.1f MB%n", full.body().length() / 1e6);
            for (String path : new String[] {study, study + "&since=" + fingerprint, "/api/overview",
                    "/api/trial?study=" + STUDY + "&number=" + trials / 2}) {
                out.printf(Locale.ROOT, "%-40s median %.1f ms%n", path.length() > 40 ? path.substring(0, 40) : path,
                        medianMillis(d, path));
            }
        }
    }
}
