package org.hyperlab.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.hyperlab.sweep.storage.StudyStorage;

/**
 * The dashboard's routes, all {@code GET} (the dashboard changes nothing):
 * <ul>
 *   <li>{@code /} and {@code /app/NAME}: the application ({@link StaticAssets});</li>
 *   <li>{@code /api/overview}: studies with state counts and best value, runs, reports;</li>
 *   <li>{@code /api/study?name=S[&since=F]}: the study document, or 204 when its fingerprint is still F;</li>
 *   <li>{@code /api/trial?study=S&number=N}: one trial's details;</li>
 *   <li>{@code /api/run?id=ID}: one training run ({@link RunCatalog});</li>
 *   <li>{@code /files/REL}: a file under the runs directory, when {@link RunFiles} allows it.</li>
 * </ul>
 * Anything else is 404; a method other than GET or HEAD is 405.
 */
final class DashboardHandler extends Handler.Abstract {
    private final StudySnapshots studies;
    private final RunCatalog runs;
    private final RunFiles files;
    private final String storageLabel;

    DashboardHandler(StudyStorage storage, String storageLabel, RunFiles files) {
        this.studies = storage == null ? null : new StudySnapshots(storage);
        this.files = files;
        this.runs = new RunCatalog(files, studies);
        this.storageLabel = storageLabel;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            HttpReplies.error(response, callback, 405, "the dashboard is read-only");
            return true;
        }
        String path = Request.getPathInContext(request);
        Fields query = Request.extractQueryParameters(request);
        try {
            route(path, query, response, callback);
        } catch (RuntimeException e) {
            HttpReplies.error(response, callback, 500, e.getMessage());
        }
        return true;
    }

    private void route(String path, Fields query, Response response, Callback callback) {
        if (path.equals("/") || path.equals("/index.html")) {
            asset("index.html", response, callback);
        } else if (path.startsWith("/app/")) {
            asset(path.substring(5), response, callback);
        } else if (path.equals("/api/overview")) {
            HttpReplies.json(response, callback, overview());
        } else if (path.equals("/api/study")) {
            study(query.getValue("name"), query.getValue("since"), response, callback);
        } else if (path.equals("/api/trial")) {
            Optional<Integer> number = parseInt(query.getValue("number"));
            Optional<Map<String, Object>> t = studies == null || number.isEmpty() || query.getValue("study") == null
                    ? Optional.empty() : studies.study(query.getValue("study"))
                    .flatMap(s -> StudyViews.trial(s.study(), s.trials(), number.get()));
            found(t, "no such trial", response, callback);
        } else if (path.equals("/api/run")) {
            found(runs.run(query.getValue("id")), "no such run", response, callback);
        } else if (path.startsWith("/files/")) {
            file(path.substring(7), response, callback);
        } else {
            HttpReplies.error(response, callback, 404, "not found");
        }
    }

    private Map<String, Object> overview() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("storage", storageLabel);
        doc.put("runsDir", files.root().toString());
        doc.put("studies", studies == null ? List.of()
                : studies.all().stream().map(s -> StudyViews.header(s.study(), s.trials())).toList());
        doc.put("runs", runs.list());
        doc.put("reports", runs.reports());
        return doc;
    }

    private void study(String name, String since, Response response, Callback callback) {
        Optional<StudySnapshots.Snapshot> s = studies == null || name == null ? Optional.empty() : studies.study(name);
        if (s.isEmpty()) {
            HttpReplies.error(response, callback, 404, "no such study");
        } else if (s.get().fingerprint().equals(since)) {
            HttpReplies.empty(response, callback, 204);
        } else {
            HttpReplies.bytes(response, callback, 200, HttpReplies.JSON, HttpReplies.APP_POLICY, s.get().document());
        }
    }

    /** Stops the background reads of the studies. */
    void stopReading() {
        if (studies != null) {
            studies.close();
        }
    }

    private void asset(String name, Response response, Callback callback) {
        Optional<byte[]> body = StaticAssets.read(name);
        if (body.isEmpty()) {
            HttpReplies.error(response, callback, 404, "not found");
            return;
        }
        HttpReplies.bytes(response, callback, 200, StaticAssets.TYPES.get(name), HttpReplies.APP_POLICY, body.get());
    }

    private void file(String relative, Response response, Callback callback) {
        Optional<Path> file = files.file(relative);
        if (file.isEmpty()) {
            HttpReplies.error(response, callback, 404, "no such file under the runs directory");
            return;
        }
        try {
            HttpReplies.bytes(response, callback, 200, ContentTypes.of(file.get().getFileName().toString()),
                    HttpReplies.FILE_POLICY, Files.readAllBytes(file.get()));
        } catch (IOException e) {
            HttpReplies.error(response, callback, 404, "cannot read the file");
        }
    }

    private static void found(Optional<?> doc, String missing, Response response, Callback callback) {
        if (doc.isPresent()) {
            HttpReplies.json(response, callback, doc.get());
        } else {
            HttpReplies.error(response, callback, 404, missing);
        }
    }

    private static Optional<Integer> parseInt(String s) {
        try {
            return s == null ? Optional.empty() : Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

}
