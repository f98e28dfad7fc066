package org.hyperlab.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hyperlab.sweep.storage.StudyStorage;
import org.hyperlab.sweep.storage.StudyStorages;

/**
 * The study stores of one executor JVM, opened by the first task that needs one and shared by the later ones (a
 * store is thread-safe), so a task does not pay for a connection and the schema check; closed when the JVM exits,
 * or dropped after a storage error so that the task's retry opens a new connection.
 */
final class ExecutorStores {
    private static final Map<String, StudyStorage> OPEN = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.values().forEach(StudyStorage::close),
                "hyperlab-close-stores"));
    }

    private ExecutorStores() {
    }

    /** The store at {@code url}, opened on first use. */
    static StudyStorage of(String url) {
        return OPEN.computeIfAbsent(url, StudyStorages::open);
    }

    /** Closes and forgets the store at {@code url} (after an error of its connection). */
    static void discard(String url) {
        StudyStorage store = OPEN.remove(url);
        if (store != null) {
            store.close();
        }
    }
}
