package org.hyperlab.cli.bench;

import java.util.List;
import java.util.Locale;
import org.hyperlab.bench.Ceilings;
import org.hyperlab.bench.Workload;

/** The text table of {@code hyperlab bench}. */
final class BenchTable {
    private BenchTable() {
    }

    static String render(Ceilings c, List<Workload> results, String backend, int threads, long peakMb, long trainingRunMb) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "machine: %d processors, kernels %s on %d thread(s)%n",
                Runtime.getRuntime().availableProcessors(), backend, threads));
        sb.append(String.format(Locale.ROOT,
                "ceilings (measured now): float32 FMA %.0f GFLOP/s (1 thread), %.0f (%d threads); "
                        + "memory read %.1f GB/s (1 thread), %.1f (%d threads)%n%n",
                c.fmaGflops1(), c.fmaGflopsN(), c.threads(), c.bandwidthGBs1(), c.bandwidthGBsN(), c.threads()));
        sb.append(String.format(Locale.ROOT, "%-48s %-8s %-24s %-8s %-9s %-7s %-10s %-8s%n",
                "workload", "unit", "median s (min–max)", "CPU s", "floor s", "ratio", "alloc/step", "target"));
        for (Workload w : results) {
            String range = BenchCommand.format(w.timing().median()) + " (" + BenchCommand.format(w.timing().min())
                    + "–" + BenchCommand.format(w.timing().max()) + ")";
            String floor = w.floor() > 0 ? BenchCommand.format(w.floor()) : "—";
            String ratio = Double.isNaN(w.ratioToFloor()) ? "—" : String.format(Locale.ROOT, "%.1f×", w.ratioToFloor());
            String target = w.target() == null ? "—"
                    : "≤ " + BenchCommand.format(w.target()) + (w.meetsTarget() ? " met" : " MISSED");
            String cpu = w.cpu() == null ? "—" : BenchCommand.format(w.cpu().median());
            String allocated = Double.isNaN(w.allocatedBytesPerStep()) ? "—"
                    : String.format(Locale.ROOT, "%.0f B", w.allocatedBytesPerStep());
            sb.append(String.format(Locale.ROOT, "%-48s %-8s %-24s %-8s %-9s %-7s %-10s %s%n", w.name(), w.unit(), range,
                    cpu, floor, ratio, allocated, target));
        }
        sb.append(String.format(Locale.ROOT, "%nCPU s: median process CPU time per unit (all threads); on a shared machine it shows"
                + " what the wall time would be with the cores to ourselves.%nalloc/step: heap bytes allocated per training step"
                + " over the timed epochs, all threads, epoch bookkeeping included.%npeak resident memory of this process: %d MB%n", peakMb));
        String run = trainingRunMb < 0 ? "not measured"
                : trainingRunMb + " MB (target ≤ " + TrainingRunMemory.TARGET_MB + " MB "
                        + (trainingRunMb <= TrainingRunMemory.TARGET_MB ? "met" : "MISSED") + ")";
        sb.append("peak resident memory of a softmax-regression training run (train --epochs 2, child process): ")
                .append(run).append(String.format("%n"));
        return sb.toString();
    }
}
