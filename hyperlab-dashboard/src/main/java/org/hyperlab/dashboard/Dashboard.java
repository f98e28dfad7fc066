package org.hyperlab.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.hyperlab.sweep.storage.StudyStorage;
import org.hyperlab.sweep.storage.StudyStorages;

/**
 * A running dashboard: a Jetty server on {@link DashboardSettings#host()} and {@link DashboardSettings#port()} (0:
 * any free port, see {@link #port()}) with one {@link DashboardHandler}, and the study store it reads (opened here,
 * closed by {@link #close()}). An SQLite store must exist already: the dashboard never creates one.
 */
public final class Dashboard implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final DashboardHandler handler;
    private final StudyStorage storage;
    private final DashboardSettings settings;

    private Dashboard(Server server, ServerConnector connector, DashboardHandler handler, StudyStorage storage,
                      DashboardSettings settings) {
        this.server = server;
        this.connector = connector;
        this.handler = handler;
        this.storage = storage;
        this.settings = settings;
    }

    /**
     * Opens the store and starts serving.
     *
     * @throws IllegalArgumentException when an SQLite store's file does not exist
     * @throws IllegalStateException    when the server cannot start (e.g. the port is taken)
     */
    public static Dashboard start(DashboardSettings settings) {
        StudyStorage storage = settings.storageUrl() == null ? null : open(settings.storageUrl());
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("dashboard");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        server.addConnector(connector);
        String label = settings.storageUrl() == null ? null : storage.toString();
        DashboardHandler handler = new DashboardHandler(storage, label, new RunFiles(settings.runsDir()));
        server.setHandler(handler);
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // the start failure is what the user needs to see
            }
            handler.stopReading();
            if (storage != null) {
                storage.close();
            }
            throw new IllegalStateException("cannot serve on " + settings.host() + ":" + settings.port() + ": "
                    + e.getMessage(), e);
        }
        return new Dashboard(server, connector, handler, storage, settings);
    }

    private static StudyStorage open(String url) {
        String prefix = "jdbc:sqlite:";
        if (url.startsWith(prefix) && !url.contains("?") && !url.startsWith(prefix + "file:")) {
            Path file = Path.of(url.substring(prefix.length()));
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no study store at " + file);
            }
        }
        return StudyStorages.openExisting(url);
    }

    /** The study store's URL with passwords hidden, or null when there is none. */
    public String storageLabel() {
        return storage == null ? null : storage.toString();
    }

    /** The port it listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops serving and closes the store. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the dashboard: " + e.getMessage(), e);
        } finally {
            handler.stopReading();
            if (storage != null) {
                storage.close();
            }
        }
    }
}
