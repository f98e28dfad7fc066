package org.hyperlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The resident memory of this process as the operating system counts it: the peak resident set size
 * ({@code VmHWM} in Linux's {@code /proc/self/status}), i.e. the most physical memory the process has held at
 * once — JVM, heap, code and native buffers together, what {@code /usr/bin/time -v} calls "maximum resident set
 * size". Unknown (−1) on systems without {@code /proc}.
 */
public final class ResidentMemory {
    private ResidentMemory() {
    }

    /** The peak resident set of this process in MB (2^20 bytes), or −1 where the system does not tell. */
    public static long peakMb() {
        return peakMb(Path.of("/proc/self/status"));
    }

    /** The {@code VmHWM} line of a {@code /proc/<pid>/status} file in MB, or −1 if absent or unreadable. */
    static long peakMb(Path status) {
        try {
            return parsePeakMb(Files.readAllLines(status));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The {@code VmHWM:  123456 kB} line of status lines, in MB (rounded down), or −1 when there is none. */
    static long parsePeakMb(List<String> statusLines) {
        for (String line : statusLines) {
            if (line.startsWith("VmHWM:")) {
                String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
                if (parts.length == 2 && parts[1].equals("kB")) {
                    return Long.parseLong(parts[0]) / 1024;
                }
            }
        }
        return -1;
    }
}
