package org.hyperlab.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DescentDiagnosisTest {
    private static final PolynomialObjective SEED = PolynomialObjective.seed(Rational.ONE);

    private static List<DescentRun> runs(DescentExperiment e) {
        return e.run((spec, p) -> new PlainDescent(p, spec.lr()));
    }

    private static void contains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), "missing '" + part + "' in: " + text);
        }
    }

    @Test
    void initializationRunsNameTheirMinimumAndBasin() {
        List<DescentRun> runs = runs(DescentPresets.initialization(SEED));
        assertEquals(List.of(-1.0, 0.2, 0.9, 4.0), runs.stream().map(DescentRun::w0).toList());
        for (DescentRun r : runs) {
            assertEquals(DescentStatus.CONVERGED, r.status(), r.diagnosis());
        }
        contains(runs.get(0).diagnosis(), "Converged to w* = 0", "a local minimum (J = 0), not the global minimum at w = 3 (J = -9/4)",
                "between −∞ and the local maximum at w = 1", "stability limit 2/J''(w*) = 2/3", "1 − ηJ''(w*) = 0.7");
        contains(runs.get(2).diagnosis(), "Converged to w* = 0", "w0 = 0.9 lies between −∞ and the local maximum at w = 1");
        contains(runs.get(3).diagnosis(), "Converged to w* = 3", "the global minimum (J = -9/4)",
                "between the local maximum at w = 1 and +∞", "2/J''(w*) = 1/3", "1 − ηJ''(w*) = 0.4");
    }

    @Test
    void learningRateRunsExplainSlownessOscillationAndDivergence() {
        List<DescentRun> runs = runs(DescentPresets.learningRate(SEED));
        assertEquals(List.of(0.001, 0.01, 1.0, 5.0), runs.stream().map(DescentRun::lr).toList());
        DescentRun tiny = runs.get(0);
        assertEquals(DescentStatus.NOT_CONVERGED, tiny.status());
        contains(tiny.diagnosis(), "Not converged after 100 epochs", "from the nearest minimum w* = 0",
                "|1 − ηJ''(w*)| = 0.997");
        DescentRun one = runs.get(2);
        assertEquals(DescentStatus.NOT_CONVERGED, one.status());
        contains(one.diagnosis(), "above the stability limit of every minimum (2/J''(w*) = 2/3 at w* = 0, "
                + "2/J''(w*) = 1/3 at w* = 3)", "keeps oscillating");
        DescentRun five = runs.get(3);
        assertEquals(DescentStatus.DIVERGED, five.status());
        assertEquals(6, five.divergedAtEpoch());
        assertEquals(5, five.last().epoch());
        contains(five.diagnosis(), "Diverged at epoch 6", "grows like |w|^3");
    }

    @Test
    void unboundedObjectiveHasNoMinimumToSettleIn() {
        PolynomialObjective line = PolynomialObjective.parse("w^3 + w", Rational.ONE);
        DescentExperiment e = new DescentExperiment("t", line, List.of(1.0), List.of(0.01), 3, OptimizerSpec.sgd(0.01));
        DescentRun r = runs(e).get(0);
        assertEquals(DescentStatus.NOT_CONVERGED, r.status());
        contains(r.diagnosis(), "J has no minimum to settle in");
    }
}
