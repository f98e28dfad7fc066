package org.hyperlab.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperlab.core.nn.ZScoring;
import org.hyperlab.core.train.Monitor;
import org.junit.jupiter.api.Test;

/** Option names and typed or textual values to a spec: defaults, aliases, type and range checks. */
class TrainingRunOptionsTest {
    private static Map<String, Object> options(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void noOptionsGiveTheDocumentedDefaults() {
        TrainingRunSpec s = TrainingRunOptions.spec(Map.of());
        assertEquals(20, s.training().epochs());
        assertEquals(128, s.training().batchSize());
        assertEquals(1L, s.seed());
        assertNull(s.training().earlyStopping());
        assertEquals("adam", s.optimizer().name());
        assertEquals(List.of(), s.model().hidden());
        assertEquals(ZScoring.GLOBAL, s.model().zscore());
        RunData.Files files = (RunData.Files) s.data();
        assertEquals(10000, files.validationSize());
        assertNull(files.trainSize());
        assertNull(s.threads());
    }

    @Test
    void typedAndTextualValuesMeanTheSame() {
        TrainingRunSpec typed = TrainingRunOptions.spec(options("lr", 0.01, "batch-size", 64, "hidden", List.of(512, 256),
                "seed", 7L, "no-zscore", true, "patience", 3));
        TrainingRunSpec text = TrainingRunOptions.spec(options("learning-rate", "0.01", "batch-size", "64",
                "hidden", "512,256", "seed", "7", "no-zscore", "true", "patience", "3"));
        assertEquals(typed.model(), text.model());
        assertEquals(typed.optimizer(), text.optimizer());
        assertEquals(typed.training().batchSize(), text.training().batchSize());
        assertEquals(7L, text.seed());
        assertEquals(List.of(512, 256), text.model().hidden());
        assertEquals(ZScoring.OFF, text.model().zscore());
        assertEquals(Monitor.VALIDATION_LOSS, text.training().earlyStopping().monitor());
        assertEquals(0.01, text.optimizer().hyperparameters().get("lr"));
        assertEquals(List.of(256), TrainingRunOptions.spec(options("hidden", 256)).model().hidden());
        assertTrue(TrainingRunOptions.spec(options("no-zscore", false)).model().zscore().enabled());
    }

    @Test
    void wrongTypesRangesAndNamesAreErrorsNamingTheOption() {
        Object[][] bad = {
                {"batch-size", 4294967297L, "'batch-size'"},
                {"epochs", 2.5, "'epochs'"},
                {"lr", "fast", "'lr'"},
                {"hidden", "256,,128", "'hidden'"},
                {"no-zscore", "maybe", "'no-zscore'"},
                {"optimizer", List.of("adam"), "'optimizer'"},
                {"epoch", 3, "'epoch'"},
        };
        for (Object[] b : bad) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TrainingRunOptions.spec(options((String) b[0], b[1])), b[0] + "=" + b[1]);
            assertTrue(e.getMessage().contains((String) b[2]), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class,
                () -> TrainingRunOptions.spec(options("lr", 0.1, "learning-rate", 0.2)));
        assertThrows(IllegalArgumentException.class,
                () -> TrainingRunOptions.spec(options("zscore", "per-feature", "no-zscore", true)));
    }

    @Test
    void sizesPastTheirLimitsAreRefusedWithTheLimitNotASymptom() {
        Object[][] bad = {
                {"epochs", 0, "epochs: expected 1..10000, got 0"},
                {"epochs", 2_000_000_000, "epochs: expected 1..10000, got 2000000000"},
                {"hidden", 2_000_000, "hidden layer sizes must be 1..16384"},
                {"hidden", "3000000", "hidden layer sizes must be 1..16384"},
        };
        for (Object[] b : bad) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TrainingRunOptions.spec(options((String) b[0], b[1])), b[0] + "=" + b[1]);
            assertTrue(e.getMessage().contains((String) b[2]), e.getMessage());
        }
    }
}
