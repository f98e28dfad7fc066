package org.hyperlab.cli.dashboard;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hyperlab.cli.common.UsageException;
import org.hyperlab.dashboard.Dashboard;
import org.hyperlab.dashboard.DashboardSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hyperlab dashboard}: serves the read-only web dashboard ({@link Dashboard}) over a study store and the runs
 * directory until interrupted. Without {@code --storage} it reads {@code RUNS/sweeps.db} when that file exists (the
 * default store of {@code sweep run}). It binds 127.0.0.1 unless {@code --host} says otherwise and says where it
 * listens on stderr; stdout gets the address alone.
 */
@Command(
        name = "dashboard",
        mixinStandardHelpOptions = true,
        description = "Serve a read-only web dashboard of the sweep studies and training runs, updated live.",
        footer = {"", "Examples:",
                "  hyperlab dashboard                       runs/ and runs/sweeps.db on port 8080",
                "  hyperlab dashboard --storage jdbc:sqlite:s.db --port 0   any free port",
                "  hyperlab dashboard --host 0.0.0.0        reachable from other machines"})
public final class DashboardCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--storage", paramLabel = "URL",
            description = "Study store: jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB?user=..&password=.. "
                    + "(default: RUNS/sweeps.db when it exists).")
    String storage;

    @Option(names = "--runs", paramLabel = "DIR", defaultValue = "runs",
            description = "The directory train and sweep run write to with --out (default: ${DEFAULT-VALUE}).")
    Path runs;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = DashboardSettings.LOCAL_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public void run() {
        PrintWriter err = spec.commandLine().getErr();
        String url = storage != null ? storage
                : Files.isRegularFile(runs.resolve("sweeps.db")) ? "jdbc:sqlite:" + runs.resolve("sweeps.db") : null;
        DashboardSettings settings;
        Dashboard dashboard;
        try {
            settings = new DashboardSettings(url, runs, host, port);
            dashboard = Dashboard.start(settings);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(dashboard::close, "dashboard-stop"));
        err.println("dashboard: serving " + dashboard.url() + " (bound to " + host
                + (host.equals(DashboardSettings.LOCAL_HOST) ? ", this machine only; --host to change" : "")
                + "); runs " + settings.runsDir() + (url == null ? ", no study store" : ", studies " + dashboard.storageLabel())
                + "; read-only, Ctrl-C stops it");
        err.flush();
        spec.commandLine().getOut().println(dashboard.url());
        spec.commandLine().getOut().flush();
        try {
            dashboard.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
