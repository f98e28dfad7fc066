package org.hyperlab.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV views of two hand-made runs: runs numbered from 1, quotes in a diagnosis doubled, no epoch for "never". */
class DescentCsvTest {
    private static final DescentRun CONVERGED = new DescentRun("sgd", "lr=0.5", 1.0, 0.5, 1, DescentStatus.CONVERGED,
            null, new DescentPoint(1, 0.0, 0.0), List.of(new DescentPoint(0, 1.0, 1.0), new DescentPoint(1, 0.0, 0.0)),
            "reached \"0\"");
    private static final DescentRun DIVERGED = new DescentRun("adam", "lr=2", -1.0, 2.0, 5, DescentStatus.DIVERGED,
            3, new DescentPoint(2, 8.0, 64.0), List.of(new DescentPoint(0, -1.0, 1.0)), "overflow");

    @Test
    void historiesHaveOneRowPerPointOfEveryRun() {
        assertEquals("run,optimizer,w0,lr,epoch,w,J\n"
                + "1,sgd,1.0,0.5,0,1.0,1.0\n"
                + "1,sgd,1.0,0.5,1,0.0,0.0\n"
                + "2,adam,-1.0,2.0,0,-1.0,1.0\n", DescentCsv.histories(List.of(CONVERGED, DIVERGED)));
    }

    @Test
    void summaryHasOneRowPerRun() {
        assertEquals("run,optimizer,w0,lr,epochs,status,divergedAtEpoch,finalEpoch,finalW,finalJ,diagnosis\n"
                + "1,sgd,1.0,0.5,1,converged,,1,0.0,0.0,\"reached \"\"0\"\"\"\n"
                + "2,adam,-1.0,2.0,5,diverged,3,2,8.0,64.0,\"overflow\"\n", DescentCsv.summary(List.of(CONVERGED, DIVERGED)));
    }

    @Test
    void noRunsLeaveOnlyTheHeaders() {
        assertEquals("run,optimizer,w0,lr,epoch,w,J\n", DescentCsv.histories(List.of()));
        assertEquals("run,optimizer,w0,lr,epochs,status,divergedAtEpoch,finalEpoch,finalW,finalJ,diagnosis\n",
                DescentCsv.summary(List.of()));
    }
}
