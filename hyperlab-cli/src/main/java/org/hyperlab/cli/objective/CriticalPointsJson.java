package org.hyperlab.cli.objective;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperlab.core.objective.CriticalPoint;

/** JSON shape of critical points: {@code {w, J, wValue, JValue, kind, exact, secondDerivative, order}}. */
final class CriticalPointsJson {
    private CriticalPointsJson() {
    }

    static List<Map<String, Object>> of(List<CriticalPoint> points) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CriticalPoint p : points) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("w", p.wText());
            m.put("J", p.jText());
            m.put("wValue", p.wValue());
            m.put("JValue", p.jValue());
            m.put("kind", p.kind().label());
            m.put("exact", p.isExact());
            m.put("secondDerivative", p.secondDerivative());
            m.put("order", p.order());
            out.add(m);
        }
        return out;
    }
}
