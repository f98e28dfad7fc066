package org.hyperlab.sweep.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hyperlab.sweep.storage.HeartbeatSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep file's {@code heartbeat} mapping: defaults, whole seconds, the grace longer than the interval. */
class HeartbeatKeysTest {
    @TempDir
    Path dir;

    private SweepFile load(String heartbeatLine) throws Exception {
        return SweepFileReader.load(Files.writeString(dir.resolve("h.yaml"), String.join("\n", "command: descend",
                heartbeatLine, "fixed: {epochs: 2, w0: 1}", "params:", "  lr: [0.1, 0.2]", "")));
    }

    @Test
    void defaultsAreFiveAndThirtySecondsAndUnitsAreRead() throws Exception {
        assertEquals(new HeartbeatSettings(5, 30), load("").heartbeat());
        assertEquals(new HeartbeatSettings(10, 120), load("heartbeat: {interval: 10s, grace: 2m}").heartbeat());
        assertEquals(new HeartbeatSettings(1, 30), load("heartbeat: {interval: 1}").heartbeat());
    }

    @Test
    void problemsNameTheKey() {
        String[][] cases = {
                {"heartbeat: {interval: 5s, grace: 5s}", "'heartbeat.grace' (5s) must be longer than 'heartbeat.interval' (5s)"},
                {"heartbeat: {grace: 4s}", "'heartbeat.grace' (4s) must be longer than 'heartbeat.interval' (5s)"},
                {"heartbeat: {interval: 1500ms}", "'heartbeat.interval' must be a whole number of seconds"},
                {"heartbeat: {interval: soon}", "'heartbeat.interval' must be a duration"},
                {"heartbeat: {every: 5s}", "unknown key 'heartbeat.every' (expected one of grace, interval)"},
                {"heartbeat: 5s", "'heartbeat' must be a mapping"},
        };
        for (String[] c : cases) {
            SweepFileException e = assertThrows(SweepFileException.class, () -> load(c[0]), c[0]);
            assertTrue(e.getMessage().contains(c[1]) && e.getMessage().contains("h.yaml"), e.getMessage());
        }
    }
}
