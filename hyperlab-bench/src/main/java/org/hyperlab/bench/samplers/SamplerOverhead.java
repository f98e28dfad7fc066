package org.hyperlab.bench.samplers;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hyperlab.sweep.sampler.TpeSampler;
import org.hyperlab.sweep.storage.InMemoryStudyStorage;
import org.hyperlab.sweep.storage.StudyStorage;
import org.hyperlab.sweep.storage.StudyStorages;

/**
 * The overhead workload: the default sampler ({@link TpeSampler}) on Branin, a trivial objective, for
 * {@code --trials} (500) trials in one study, in memory and in a fresh SQLite file; prints the wall time per trial
 * (mean over the study, and over its last 100 trials, which shows whether the cost grows with the trial count) and
 * the CPU time of the thread that runs the study per trial (what the wall time would be on an idle core: the study
 * runs sequentially on that thread, store included), with the machine's load average before and after. One untimed
 * warm-up study of each kind runs first.
 *
 * <pre>
 * java -cp hyperlab-cli/target/hyperlab.jar org.hyperlab.bench.samplers.SamplerOverhead [--trials 500] [--repeats 3]
 * </pre>
 */
public final class SamplerOverhead {
    private SamplerOverhead() {
    }

    public static void main(String[] args) throws IOException {
        int trials = 500;
        int repeats = 3;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--trials" -> trials = Integer.parseInt(args[i + 1]);
                case "--repeats" -> repeats = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --trials, --repeats");
            }
        }
        System.out.printf(Locale.ROOT, "load average before: %.2f (%d processors)%n", load(),
                Runtime.getRuntime().availableProcessors());
        Path dir = Files.createTempDirectory("sampler-overhead");
        for (String kind : new String[] {"memory", "sqlite"}) {
            time(kind, dir, -1, Math.min(trials, 200));
            for (int r = 0; r < repeats; r++) {
                double[] perTrial = time(kind, dir, r, trials);
                System.out.printf(Locale.ROOT, "%-6s %d trials: %.2f ms per trial on average (CPU %.2f ms), "
                        + "%.2f ms over the last 100%n", kind, trials, perTrial[0], perTrial[2], perTrial[1]);
            }
        }
        System.out.printf(Locale.ROOT, "load average after: %.2f%n", load());
    }

    /** {mean ms per trial, mean ms per trial over the last 100, CPU ms per trial}. */
    private static double[] time(String kind, Path dir, int repeat, int trials) {
        StudyStorage storage = kind.equals("memory") ? new InMemoryStudyStorage()
                : StudyStorages.open("jdbc:sqlite:" + dir.resolve("overhead-" + repeat + ".db"));
        TestFunction branin = TestFunction.branin();
        long[] finished = new long[trials];
        int[] count = {0};
        var threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        org.hyperlab.sweep.Study study = org.hyperlab.sweep.Study.create(storage, "overhead",
                new org.hyperlab.sweep.space.ObjectiveSpec("value", org.hyperlab.sweep.space.Direction.MINIMIZE), 1,
                new TpeSampler(), new org.hyperlab.sweep.pruner.NopPruner());
        study.onTrialFinished(t -> finished[Math.min(count[0]++, trials - 1)] = System.nanoTime());
        study.optimize(trial -> branin.f().applyAsDouble(trial.suggestAll(branin.space())), trials, 1);
        double mean = (finished[trials - 1] - t0) * 1e-6 / trials;
        int from = Math.max(0, trials - 101);
        double last = (finished[trials - 1] - finished[from]) * 1e-6 / (trials - 1 - from);
        double cpu = (threads.getCurrentThreadCpuTime() - c0) * 1e-6 / trials;
        return new double[] {mean, last, cpu};
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
