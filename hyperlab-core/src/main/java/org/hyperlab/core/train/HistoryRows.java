package org.hyperlab.core.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Epochs as JSON-ready rows, the one shape shared by a run directory's {@code history.json}, {@code train --json}
 * and a sweep trial's {@link #TRIAL_ATTRIBUTE} attribute: {@code epoch}, {@code trainLoss}, {@code validationLoss},
 * {@code trainAccuracy}, {@code validationAccuracy}, {@code seconds} and optionally {@code learningRate}. A NaN or
 * infinite loss or accuracy (no validation set) becomes {@code null}.
 */
public final class HistoryRows {
    /** The user attribute (without the {@code user:} prefix) under which a sweep trial keeps its epochs as JSON. */
    public static final String TRIAL_ATTRIBUTE = "history";

    private HistoryRows() {
    }

    /** One row per epoch, in order. */
    public static List<Map<String, Object>> of(List<EpochMetrics> epochs, boolean withRate) {
        List<Map<String, Object>> out = new ArrayList<>(epochs.size());
        for (EpochMetrics m : epochs) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("epoch", m.epoch());
            e.put("trainLoss", finiteOrNull(m.trainLoss()));
            e.put("validationLoss", finiteOrNull(m.validationLoss()));
            e.put("trainAccuracy", finiteOrNull(m.trainAccuracy()));
            e.put("validationAccuracy", finiteOrNull(m.validationAccuracy()));
            e.put("seconds", m.seconds());
            if (withRate) {
                e.put("learningRate", m.learningRate());
            }
            out.add(e);
        }
        return out;
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
