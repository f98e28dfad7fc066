package org.hyperlab.report.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens an HTML page in headless Chromium and reports whether every image loaded and whether any script error
 * occurred. A probe copy of the page (beside it, so relative links resolve) gets an error listener first thing
 * in its head and, at the end of the body, a script that writes {@code img.complete && img.naturalWidth > 0}
 * for every image into the DOM, which {@code --dump-dom} then prints.
 */
public final class HeadlessBrowser {
    private static final String ERROR_HOOK = "<script>window.__hyperlabErrors=[];"
            + "window.addEventListener('error',function(e){if(e instanceof ErrorEvent){window.__hyperlabErrors.push(String(e.message));}},true);"
            + "window.addEventListener('unhandledrejection',function(e){window.__hyperlabErrors.push('unhandled rejection: '+String(e.reason));});"
            + "</script>";
    private static final String PROBE = "<script>(function(){function probe(){"
            + "var imgs=Array.prototype.slice.call(document.images);"
            + "var broken=imgs.filter(function(i){return !(i.complete&&i.naturalWidth>0);})"
            + ".map(function(i){return i.getAttribute('alt')||i.getAttribute('src').slice(0,40);});"
            + "var pre=document.createElement('pre');pre.id='hyperlab-probe';"
            + "pre.textContent='images='+imgs.length+';broken='+JSON.stringify(broken)"
            + "+';errors='+JSON.stringify(window.__hyperlabErrors);document.body.appendChild(pre);}"
            + "if(document.readyState==='complete'){probe();}else{window.addEventListener('load',probe);}})();</script>";

    /** What the browser saw. */
    public record Result(int images, List<String> brokenImages, List<String> scriptErrors, String dom) {
    }

    private HeadlessBrowser() {
    }

    /** The Chromium executable: {@code $HYPERLAB_CHROMIUM}, else chromium / chromium-browser / google-chrome on PATH. */
    public static Optional<Path> find() {
        String env = System.getenv("HYPERLAB_CHROMIUM");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env));
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(d, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Loads {@code page} in headless Chromium and returns what the probe recorded. */
    public static Result open(Path chromium, Path page) throws IOException, InterruptedException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String probed = inject(html);
        Path probe = Files.createTempFile(page.toAbsolutePath().getParent(), ".probe-", ".html");
        Path profile = Files.createTempDirectory("hyperlab-chromium-");
        Path out = Files.createTempFile("hyperlab-dom-", ".html");
        try {
            Files.writeString(probe, probed, StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom",
                    probe.toUri().toString());
            pb.redirectOutput(out.toFile());
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("chromium did not finish loading " + page);
            }
            String dom = Files.readString(out, StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("<pre id=\"hyperlab-probe\">images=(\\d+);broken=(\\[.*?\\]);errors=(\\[.*?\\])</pre>",
                    Pattern.DOTALL).matcher(dom);
            if (!m.find()) {
                throw new IOException("chromium exited " + p.exitValue() + " without the probe's record; DOM starts: "
                        + dom.substring(0, Math.min(300, dom.length())));
            }
            return new Result(Integer.parseInt(m.group(1)), strings(m.group(2)), strings(m.group(3)), dom);
        } finally {
            Files.deleteIfExists(probe);
            Files.deleteIfExists(out);
            deleteTree(profile);
        }
    }

    static String inject(String html) {
        int head = html.indexOf("<head>");
        String withHook = head >= 0 ? html.substring(0, head + 6) + ERROR_HOOK + html.substring(head + 6)
                : ERROR_HOOK + html;
        int body = withHook.lastIndexOf("</body>");
        return body >= 0 ? withHook.substring(0, body) + PROBE + withHook.substring(body) : withHook + PROBE;
    }

    private static List<String> strings(String jsonArray) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(jsonArray);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
