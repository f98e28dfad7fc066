package org.hyperlab.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The application's own files, class-path resources under {@code org/hyperlab/dashboard/app/}: only the names in
 * {@link #TYPES} are served, so a request can name nothing else on the class path.
 */
final class StaticAssets {
    private static final String BASE = "/org/hyperlab/dashboard/app/";
    /** Served file names and their content types. */
    static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "style.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "charts.js", "text/javascript; charset=utf-8",
            "views.js", "text/javascript; charset=utf-8");

    private StaticAssets() {
    }

    /** The bytes of an application file, or empty when it is not one. */
    static Optional<byte[]> read(String name) {
        if (!TYPES.containsKey(name)) {
            return Optional.empty();
        }
        try (InputStream in = StaticAssets.class.getResourceAsStream(BASE + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
