package org.hyperlab.cli;

/**
 * The one line on stderr that every failure ends in: the command's name, then the message with line breaks folded
 * into spaces and cut in the middle past {@link #MAX_LENGTH} characters. Messages often quote the user's input (a
 * value, an expression, a YAML node), which may be megabytes long or span lines; a terminal line must stay readable.
 */
final class ErrorLine {
    /** The longest message printed; longer ones keep their start and end around an ellipsis. */
    static final int MAX_LENGTH = 400;

    private ErrorLine() {
    }

    /** {@code "<command>: <message>"}, on one line and at most about {@link #MAX_LENGTH} characters of message. */
    static String of(String command, String message) {
        String flat = (message == null ? "" : message).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        if (flat.length() > MAX_LENGTH) {
            int keep = MAX_LENGTH / 2;
            flat = flat.substring(0, keep) + " … (" + (flat.length() - 2 * keep) + " characters left out) … "
                    + flat.substring(flat.length() - keep);
        }
        return command + ": " + flat;
    }

    /**
     * The line for an error the JVM raised because an input asked for more than it has: these are what validation
     * missed, so the line says what happened and what to change, and the exit code is 1.
     */
    static String ofVirtualMachineError(String command, VirtualMachineError error) {
        if (error instanceof OutOfMemoryError) {
            return of(command, "out of memory: the input asks for more than the JVM's heap (" + Runtime.getRuntime().maxMemory()
                    / (1024 * 1024) + " MB); use smaller sizes, or raise the heap with HYPERLAB_JAVA_OPTS=-Xmx<size>");
        }
        if (error instanceof StackOverflowError) {
            return of(command, "the input is nested too deeply to process");
        }
        return of(command, "the Java virtual machine failed: " + error);
    }
}
