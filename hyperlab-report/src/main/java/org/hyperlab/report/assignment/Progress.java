package org.hyperlab.report.assignment;

/** Where the assignment study reports what it is doing (the CLI prints it on stderr). */
@FunctionalInterface
public interface Progress {
    /** Called when a step starts or finishes, with a one-line message. */
    void report(String message);

    /** Reports nothing. */
    static Progress silent() {
        return message -> { };
    }
}
