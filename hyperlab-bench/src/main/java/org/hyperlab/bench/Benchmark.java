package org.hyperlab.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.data.MnistData;
import org.hyperlab.core.data.MnistRepository;
import org.hyperlab.core.model.ModelSpec;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.nn.ZScoring;
import org.hyperlab.core.objective.Objective1D;
import org.hyperlab.core.objective.PolynomialObjective;
import org.hyperlab.core.objective.Rational;
import org.hyperlab.core.optim.Adam;
import org.hyperlab.core.optim.AdamConfig;
import org.hyperlab.core.run.OptimizerSpec;
import org.hyperlab.core.run.RunData;
import org.hyperlab.core.run.TrainingData;
import org.hyperlab.core.run.TrainingRun;
import org.hyperlab.core.run.TrainingRunSpec;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.train.EpochMetrics;
import org.hyperlab.core.train.TrainingConfig;
import org.hyperlab.core.train.TrainingHistory;
import org.hyperlab.core.train.TrainingListener;

/**
 * The speed benchmark of {@code hyperlab bench}: real MNIST (the 60,000 training images, float32, Adam lr 1e-3) trained
 * through the product's own training-run API ({@link TrainingRun}: its trainer, layers, loss and optimizer), one epoch
 * per repetition, after untimed warm-up
 * epochs; plus loading the four IDX files and a 1-D descent. Floors come from the {@link Ceilings} measured in the
 * same process: an epoch cannot beat its multiply-add work at the 2-thread FMA rate, nor reading its images
 * once at the measured bandwidth.
 */
public final class Benchmark {
    private static final long SEED = 1;
    /** Untimed epochs first: at least this many and {@link #MIN_WARMUP_SECONDS}, then until the JIT is quiet ({@link WarmUp}). */
    private static final int MIN_WARMUP_EPOCHS = 2;
    /** The shortest and the longest warm-up of one workload, in seconds. */
    private static final int MIN_WARMUP_SECONDS = 2, MAX_WARMUP_SECONDS = 5;
    /** The warm-up rule in words (a compile-time constant: {@code bench --help} quotes it, and so does the log). */
    public static final String WARMUP_RULE = "at least " + MIN_WARMUP_EPOCHS + " epochs and " + MIN_WARMUP_SECONDS
            + " s, then until an epoch in which the JIT compiler was quiet, at most " + MAX_WARMUP_SECONDS + " s";
    /**
     * Bound on a workload's epochs: the most a training run accepts. The warm-up ends by time (at most
     * {@value #MAX_WARMUP_SECONDS} s, a few hundred epochs at the smallest batch) well before it.
     */
    private static final int MAX_EPOCHS = TrainingConfig.MAX_EPOCHS;
    private final MnistData data;
    private final Ceilings ceilings;
    private final Consumer<String> log;

    public Benchmark(MnistData data, Ceilings ceilings, Consumer<String> log) {
        this.data = data;
        this.ceilings = ceilings;
        this.log = log;
    }

    private double floor(double gflop, double gbytes) {
        return Math.max(gflop / ceilings.fmaGflopsN(), gbytes / ceilings.bandwidthGBsN());
    }

    /** GFLOP of one epoch through dense layers {@code sizes} (input first): forward, ∂W of every layer, ∂X of all but the first. */
    static double epochGflop(int rows, int... sizes) {
        double perRow = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            double macs = (double) sizes[l] * sizes[l + 1];
            perRow += 2 * macs * (l == 0 ? 2 : 3);
        }
        return perRow * rows * 1e-9;
    }

    /** Times loading the four IDX files into ready float32 tensors. */
    public Workload dataLoading(Path directory, int reps) {
        Timing t = Timing.measure(1, reps, () -> MnistRepository.loadFrom(directory, Precision.FLOAT32));
        double gbytes = (60_000.0 + 10_000.0) * 785 * 1e-9;
        return new Workload("data loading (4 IDX files → float32 tensors)", "load", t, null, 0, gbytes,
                gbytes / ceilings.bandwidthGBs1(), 0.3);
    }

    /** Softmax regression 784→10 (Input z-scoring, one dense layer, fused softmax-cross-entropy), Adam. */
    public Workload softmaxRegression(int batch, int epochs, Double target) {
        Dataset train = data.train();
        int d = train.featureCount();
        ModelSpec model = ModelSpec.of(d, 10).withZscore(ZScoring.PER_FEATURE);
        String label = batch >= train.size() ? "full batch" : "batch " + batch;
        EpochTimes t = epochs(model, train, batch, epochs, "softmax regression " + label);
        double gflop = epochGflop(train.size(), d, 10);
        double gbytes = 4.0 * train.size() * d * 1e-9;
        return new Workload("softmax regression 784→10, " + label, "epoch", t.wall(), t.cpu(), gflop, gbytes,
                floor(gflop, gbytes), target, t.allocatedBytesPerStep());
    }

    /** The MLP 784→hidden (ReLU)→10, Adam. */
    public Workload mlp(int hidden, int batch, int epochs, Double target) {
        Dataset train = data.train();
        int d = train.featureCount();
        ModelSpec model = ModelSpec.of(d, 10).withZscore(ZScoring.PER_FEATURE).withHidden(List.of(hidden));
        EpochTimes t = epochs(model, train, batch, epochs, "MLP");
        double gflop = epochGflop(train.size(), d, hidden, 10);
        double gbytes = 4.0 * train.size() * d * 1e-9;
        return new Workload("MLP 784→" + hidden + " ReLU→10, batch " + batch, "epoch", t.wall(), t.cpu(), gflop, gbytes,
                floor(gflop, gbytes), target, t.allocatedBytesPerStep());
    }

    /** Process CPU seconds so far (all threads), or NaN where the JVM cannot tell. */
    private static double processCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() * 1e-9;
        }
        return Double.NaN;
    }

    /** Heap bytes allocated so far by all live threads, or NaN where the JVM cannot tell. */
    private static double allocatedBytes() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        if (threads instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemoryEnabled()) {
            long total = 0;
            for (long bytes : sun.getThreadAllocatedBytes(sun.getAllThreadIds())) {
                total += Math.max(0, bytes);
            }
            return total;
        }
        return Double.NaN;
    }

    /** Wall and process CPU seconds per timed epoch, and heap bytes allocated per step over the timed epochs. */
    private record EpochTimes(Timing wall, Timing cpu, double allocatedBytesPerStep) {
    }

    private EpochTimes epochs(ModelSpec model, Dataset train, int batch, int epochs, String what) {
        TrainingRun trainer = TrainingRun.prepare(new TrainingRunSpec(
                new RunData.Given(TrainingData.given(train, null, null)), model,
                new OptimizerSpec("adam", Map.of()), TrainingConfig.of(MAX_EPOCHS, Math.min(batch, train.size()), SEED),
                null), log);
        log.accept("bench: " + what + ", warm-up (" + WARMUP_RULE + "), then " + epochs + " timed epochs");
        WarmUp warmUp = WarmUp.ofThisJvm(MIN_WARMUP_EPOCHS, MIN_WARMUP_SECONDS, MAX_WARMUP_SECONDS);
        List<Double> cpuAtEpochEnd = new ArrayList<>();
        List<Double> allocatedAtEpochEnd = new ArrayList<>();
        int[] timed = {-1};   // timed epochs so far; -1 while warming up
        trainer.addListener(new TrainingListener() {
            @Override
            public Action onEpochEnd(EpochMetrics metrics) {
                if (timed[0] < 0) {
                    if (warmUp.epochEnded(metrics.seconds())) {
                        timed[0] = 0;
                        cpuAtEpochEnd.add(processCpuSeconds());
                        allocatedAtEpochEnd.add(allocatedBytes());
                    }
                    return Action.CONTINUE;
                }
                timed[0]++;
                cpuAtEpochEnd.add(processCpuSeconds());
                allocatedAtEpochEnd.add(allocatedBytes());
                return timed[0] < epochs ? Action.CONTINUE : Action.STOP;
            }
        });
        TrainingHistory history = trainer.execute().history();
        List<EpochMetrics> all = history.epochs();
        int skip = warmUp.epochs();
        if (all.size() <= skip) {
            throw new IllegalStateException("bench: " + what + " stopped during its warm-up after " + all.size() + " epochs");
        }
        log.accept(String.format(Locale.ROOT, "bench: %s: %d warm-up epochs (%.1f s)", what, skip, warmUp.seconds()));
        double[] seconds = new double[all.size() - skip];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = all.get(i + skip).seconds();
        }
        double[] cpu = new double[seconds.length];
        for (int i = 0; i < cpu.length; i++) {
            cpu[i] = cpuAtEpochEnd.get(i + 1) - cpuAtEpochEnd.get(i);
        }
        int steps = (train.size() + Math.min(batch, train.size()) - 1) / Math.min(batch, train.size());
        double allocated = (allocatedAtEpochEnd.get(seconds.length) - allocatedAtEpochEnd.get(0)) / ((double) seconds.length * steps);
        return new EpochTimes(Timing.of(seconds), Double.isNaN(cpu[0]) ? null : Timing.of(cpu), allocated);
    }

    /**
     * The 1-D descent of the assignment's section 3: Adam (lr 0.1) on J(w) = ¼w⁴ − 4/3w³ + 3/2w² from
     * w₀ = −1, 0.2, 0.9, 4 for 100 epochs each, through the same optimizer class the networks use.
     */
    public Workload descent(int reps) {
        Objective1D objective = PolynomialObjective.seed(Rational.ONE).j();
        double[] starts = {-1, 0.2, 0.9, 4};
        double[] sink = new double[1];
        Timing t = Timing.measure(20, reps, () -> {
            for (double w0 : starts) {
                Parameter w = new Parameter("w", Matrix.row(Precision.FLOAT64, w0));
                Adam adam = new Adam(List.of(w), AdamConfig.of(0.1));
                for (int epoch = 0; epoch < 100; epoch++) {
                    adam.zeroGrad();
                    w.grad().set(0, objective.derivative(w.value().get(0)));
                    adam.step();
                }
                sink[0] += objective.value(w.value().get(0));
            }
        });
        return new Workload("1-D descent (4 runs × 100 Adam steps)", "4 runs", t, null, 0, 0, 0, null);
    }

    /** All workloads of the table, in order. */
    public List<Workload> all(Path mnistDirectory, int epochs) {
        List<Workload> out = new ArrayList<>();
        out.add(softmaxRegression(32, epochs, 0.030));
        out.add(softmaxRegression(128, epochs, 0.012));
        out.add(softmaxRegression(Integer.MAX_VALUE, Math.max(epochs, 5), 0.015));
        out.add(mlp(256, 128, epochs, 0.25));
        out.add(dataLoading(mnistDirectory, 5));
        out.add(descent(50));
        return out;
    }
}
