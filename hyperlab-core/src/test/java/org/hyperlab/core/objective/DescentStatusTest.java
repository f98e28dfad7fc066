package org.hyperlab.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DescentDiagnosis#status} at its boundaries: converged when the last step is at most
 * TOLERANCE·max(1, |w|) and |J'(w)| at most TOLERANCE (both inclusive), on an objective whose slope is set by hand.
 */
class DescentStatusTest {
    private static final double TOL = DescentDiagnosis.TOLERANCE;

    /** J with a constant slope, the only thing {@code status} asks of it. */
    private static Objective1D slope(double derivative) {
        return new Objective1D() {
            @Override public double value(double w) { return derivative * w; }
            @Override public double derivative(double w) { return derivative; }
            @Override public double secondDerivative(double w) { return 0; }
            @Override public String describe() { return "slope " + derivative; }
        };
    }

    private static DescentStatus status(double derivative, double... ws) {
        List<DescentPoint> history = new ArrayList<>();
        for (int i = 0; i < ws.length; i++) {
            history.add(new DescentPoint(i, ws[i], 0));
        }
        return DescentDiagnosis.status(slope(derivative), new DescentTrace(history, null, ws.length - 1));
    }

    @Test
    void aStepOfExactlyTheToleranceIsStill() {
        assertEquals(DescentStatus.CONVERGED, status(0, 1e-6, 0));
        assertEquals(DescentStatus.NOT_CONVERGED, status(0, 2e-6, 0));
    }

    @Test
    void theStepToleranceIsRelativeAboveOne() {
        // at |w| = 100 the step may be 100·1e-6 = 1e-4
        assertEquals(DescentStatus.CONVERGED, status(0, 100 - 5e-5, 100));
        assertEquals(DescentStatus.NOT_CONVERGED, status(0, 100 - 5e-4, 100));
    }

    @Test
    void aSlopeOfExactlyTheToleranceIsFlat() {
        assertEquals(DescentStatus.CONVERGED, status(TOL, 3, 3));
        assertEquals(DescentStatus.CONVERGED, status(-TOL, 3, 3));
        assertEquals(DescentStatus.NOT_CONVERGED, status(2 * TOL, 3, 3));
    }

    @Test
    void aSinglePointHasNotMoved() {
        assertEquals(DescentStatus.CONVERGED, status(0, 5));
        assertEquals(DescentStatus.NOT_CONVERGED, status(0, 4, 5));
    }

    @Test
    void anOverflowIsDivergedWhateverTheLastPoint() {
        DescentTrace trace = new DescentTrace(List.of(new DescentPoint(0, 0, 0)), 1, 3);
        assertEquals(DescentStatus.DIVERGED, DescentDiagnosis.status(slope(0), trace));
    }
}
