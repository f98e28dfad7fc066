package org.hyperlab.cli.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version that the build wrote into {@code hyperlab-version.properties}. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    /** The project version, or {@code unknown} when the resource is missing. */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/hyperlab-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"hyperlab " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
