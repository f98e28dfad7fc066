package org.hyperlab.sweep.storage;

/** Opens a {@link StudyStorage} from a URL: {@code memory:} for an in-process store, else a JDBC URL. */
public final class StudyStorages {
    private StudyStorages() {
    }

    /**
     * @param url {@code memory:}, {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST:PORT/DB?user=..}
     */
    public static StudyStorage open(String url) {
        if (url.equals("memory:")) {
            return new InMemoryStudyStorage();
        }
        return JdbcStudyStorage.open(url);
    }

    /**
     * Opens an existing store for reading only: nothing is created, migrated or written ({@code memory:} gives an
     * empty store). A missing SQLite file, a database that is not a store, or an older schema version is refused.
     */
    public static StudyStorage openExisting(String url) {
        if (url.equals("memory:")) {
            return new InMemoryStudyStorage();
        }
        return JdbcStudyStorage.openExisting(url);
    }
}
