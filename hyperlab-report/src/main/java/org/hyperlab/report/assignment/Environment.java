package org.hyperlab.report.assignment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a reader needs to reproduce a report: the exact command, hyperlab's version, Java, the machine.
 *
 * @param command the command line as typed (e.g. {@code ./hyperlab assignment --seed 1})
 * @param version hyperlab's version string
 * @param threads kernel threads used
 */
public record Environment(String command, String version, int threads) {
    /** e.g. {@code OpenJDK 64-Bit Server VM 17.0.15 (Debian)}. */
    public String java() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ")";
    }

    /** e.g. {@code Linux 6.1 amd64, 2 cores, Intel(R) Xeon(R) …}. */
    public String machine() {
        String cpu = cpuModel();
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors() + " cores"
                + (cpu.isEmpty() ? "" : ", " + cpu);
    }

    private static String cpuModel() {
        Path info = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(info)) {
                for (String line : Files.readAllLines(info)) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).trim();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return "";
    }
}
