package org.hyperlab.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study whose trials lack a conditional parameter where it was inactive: the figures keep the parameter numeric
 * (a slice and a numeric parallel-coordinates axis) instead of drawing the absent value as a category.
 */
class SweepFiguresConditionalTest {
    @TempDir
    Path dir;

    @Test
    void anAbsentParameterIsNoCategory() throws Exception {
        List<TrialRecord> trials = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("optimizer", n % 2 == 0 ? "sgd" : "momentum");
            params.put("lr", 0.01 * (n + 1));
            if (n % 2 == 1) {
                params.put("momentum", 0.5 + 0.1 * n);
            }
            trials.add(new TrialRecord(n, n, TrialState.COMPLETE, params, 1.0 + n, new TreeMap<>(), Map.of(), null,
                    Instant.EPOCH, Instant.EPOCH));
        }
        StudyRecord study = new StudyRecord(1, "conditional", new ObjectiveSpec("loss", Direction.MINIMIZE), 0,
                Instant.EPOCH);
        List<String> written = SweepFigures.write(dir, study, trials);
        assertTrue(written.contains("slices") && written.contains("parallel-coordinates"), written.toString());
        String slices = Files.readString(dir.resolve("slices.svg"));
        assertTrue(slices.contains("against momentum"), "momentum has a slice");
        String parallel = Files.readString(dir.resolve("parallel-coordinates.svg"));
        assertFalse(parallel.contains(">null<"), "the absent value is drawn as a category 'null'");
    }
}
