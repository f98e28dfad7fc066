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
}
