package org.hyperlab.core.objective;

import java.util.List;

/** CSV views of 1-D descent runs (runs are numbered from 1 in the order given). */
public final class DescentCsv {
    private DescentCsv() {
    }

    /** Every run's history: {@code run,optimizer,w0,lr,epoch,w,J}. */
    public static String histories(List<DescentRun> runs) {
        StringBuilder sb = new StringBuilder("run,optimizer,w0,lr,epoch,w,J\n");
        for (int i = 0; i < runs.size(); i++) {
            DescentRun r = runs.get(i);
            for (DescentPoint p : r.history()) {
                sb.append(i + 1).append(',').append(r.optimizer()).append(',').append(r.w0()).append(',').append(r.lr())
                        .append(',').append(p.epoch()).append(',').append(p.w()).append(',').append(p.j()).append('\n');
            }
        }
        return sb.toString();
    }

    /** One line per run: {@code run,optimizer,w0,lr,epochs,status,divergedAtEpoch,finalEpoch,finalW,finalJ,diagnosis}. */
    public static String summary(List<DescentRun> runs) {
        StringBuilder sb = new StringBuilder("run,optimizer,w0,lr,epochs,status,divergedAtEpoch,finalEpoch,finalW,finalJ,diagnosis\n");
        for (int i = 0; i < runs.size(); i++) {
            DescentRun r = runs.get(i);
            sb.append(i + 1).append(',').append(r.optimizer()).append(',').append(r.w0()).append(',').append(r.lr())
                    .append(',').append(r.epochs()).append(',').append(r.status().label()).append(',')
                    .append(r.divergedAtEpoch() == null ? "" : r.divergedAtEpoch()).append(',')
                    .append(r.last().epoch()).append(',').append(r.last().w()).append(',').append(r.last().j()).append(',')
                    .append('"').append(r.diagnosis().replace("\"", "\"\"")).append('"').append('\n');
        }
        return sb.toString();
    }
}
