package org.hyperlab.bench.samplers;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.pruner.NopPruner;
import org.hyperlab.sweep.sampler.TpeSampler;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.storage.InMemoryStudyStorage;
import org.hyperlab.sweep.storage.StudyStorage;
import org.hyperlab.sweep.storage.StudyStorages;

/**
 * The overhead workload ({@code hyperlab bench overhead}): the default sampler ({@link TpeSampler}) on Branin, a
 * trivial objective, for a number of trials in one study, in memory or in a fresh SQLite file. It measures the wall
 * time per trial (mean over the study, and over its last 100 trials, which shows whether the cost grows with the
 * trial count) and the CPU time of the thread that runs the study per trial (what the wall time would be on an idle
 * core: the study runs sequentially on that thread, store included).
 */
public final class SamplerOverhead {
    /** The trials of the closing window whose mean shows whether the cost per trial grows. */
    static final int LAST = 100;

    /** Where a study is stored. */
    public enum Store {
        MEMORY, SQLITE
    }

    /**
     * Milliseconds per trial of one study.
     *
     * @param meanMs wall time from the study's creation to its last trial's end, divided by the trials
     * @param lastMs wall time per trial over the last {@value #LAST} trials (all but the first when fewer)
     * @param cpuMs  CPU time of the study's thread, divided by the trials
     */
    public record PerTrial(double meanMs, double lastMs, double cpuMs) {
    }

    private SamplerOverhead() {
    }

    /**
     * Runs one study of {@code trials} trials (at least 2) in {@code store}; a SQLite file goes into {@code dir}
     * under {@code name}.
     */
    public static PerTrial time(Store store, Path dir, String name, int trials) {
        if (trials < 2) {
            throw new IllegalArgumentException("trials must be at least 2, got " + trials);
        }
        StudyStorage storage = store == Store.MEMORY ? new InMemoryStudyStorage()
                : StudyStorages.open("jdbc:sqlite:" + dir.resolve(name + ".db"));
        try (storage) {
            TestFunction branin = TestFunction.branin();
            long[] finished = new long[trials];
            int[] count = {0};
            var threads = ManagementFactory.getThreadMXBean();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Study study = Study.create(storage, "overhead", new ObjectiveSpec("value", Direction.MINIMIZE), 1,
                    new TpeSampler(), new NopPruner());
            study.onTrialFinished(t -> finished[Math.min(count[0]++, trials - 1)] = System.nanoTime());
            study.optimize(trial -> branin.f().applyAsDouble(trial.suggestAll(branin.space())), trials, 1);
            double mean = (finished[trials - 1] - t0) * 1e-6 / trials;
            int from = Math.max(0, trials - 1 - LAST);
            double last = (finished[trials - 1] - finished[from]) * 1e-6 / (trials - 1 - from);
            double cpu = (threads.getCurrentThreadCpuTime() - c0) * 1e-6 / trials;
            return new PerTrial(mean, last, cpu);
        }
    }

    /** The system load average over the last minute, or a negative number where the platform has none. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
