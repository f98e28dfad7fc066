package org.hyperlab.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hyperlab.bench.Benchmark;
import org.hyperlab.bench.Ceilings;
import org.hyperlab.bench.ResidentMemory;
import org.hyperlab.bench.Workload;
import org.hyperlab.cli.common.Json;
import org.hyperlab.cli.common.UsageException;
import org.hyperlab.core.data.MnistData;
import org.hyperlab.core.data.MnistRepository;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.train.TrainingConfig;
import org.hyperlab.dashboard.DashboardWorkload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code hyperlab bench}: the speed benchmark on real MNIST (fetched on first use). Prints the machine's ceilings
 * measured in the same process, then one line per workload: median seconds per unit with min–max over the
 * repetitions, the hardware floor, the ratio to it and the target. {@code --json} prints the same as one document.
 * The other workloads are its subcommands ({@code samplers}, {@code pareto}, {@code overhead}, {@code first-trial}),
 * so that {@code hyperlab bench} with its own options keeps running the training benchmark.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        subcommands = {SamplersBenchCommand.class, ParetoBenchCommand.class, OverheadBenchCommand.class,
                FirstTrialBenchCommand.class},
        description = {"Measure training speed on MNIST next to this machine's FMA rate and memory bandwidth.",
                "Workloads: softmax regression at batch 32/128/full, MLP 784-256-10, data loading and a 1-D descent, "
                        + "with the heap bytes allocated per training step; then the peak resident memory of one "
                        + "softmax-regression training run (train --epochs 2) in a child process."},
        footer = {"", "Examples:",
                "  hyperlab bench                      every workload, 5 timed epochs each",
                "  hyperlab bench --epochs 10 --json   more repetitions, machine-readable",
                "  hyperlab bench --threads 1          kernels on one thread",
                "  hyperlab bench --dashboard          the dashboard's 10,000-trial study instead",
                "  hyperlab bench samplers             the sampler benchmark (its own --help)",
                "  hyperlab bench pareto               the multi-objective samplers' hypervolumes",
                "  hyperlab bench overhead             the default sampler's cost per trial",
                "  hyperlab bench first-trial          time to the end of a sweep's first trial",
                "", "Kernel switches, for comparison (in HYPERLAB_JAVA_OPTS; see docs/kernels.md):",
                "  -Dhyperlab.sparse=false   dense first layer instead of the sparse MNIST rows",
                "  -Dhyperlab.simd=false     plain loops instead of the Vector API kernels",
                "  -Dhyperlab.warmup=0       no background kernel warm-up"})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "5",
            description = "Timed epochs per training workload, after its warm-up (" + Benchmark.WARMUP_RULE
                    + "), 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the kernels, 1 to 256 (default: all processors).")
    Integer threads;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "MNIST IDX files (default: $HYPERLAB_DATA/mnist, fetched if missing).")
    Path dataDir;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Option(names = "--dashboard", description = "Instead of the training workloads: generate a study of 10,000 trials "
            + "(5 parameters, 20 intermediate values each) in a temporary store, serve it with the dashboard and print "
            + "the median time of each API answer (the store is removed afterwards).")
    boolean dashboard;

    @Override
    public void run() {
        if (dashboard) {
            if (json) {
                throw new UsageException("--dashboard prints text lines; it does not combine with --json");
            }
            DashboardBench.run(spec.commandLine().getOut(), spec.commandLine().getErr(), DashboardWorkload.TRIALS);
            return;
        }
        if (epochs < 1 || epochs > TrainingConfig.MAX_EPOCHS) {
            throw new UsageException("--epochs: expected 1.." + TrainingConfig.MAX_EPOCHS + ", got " + epochs);
        }
        if (threads != null) {
            try {
                Kernels.setThreads(threads);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--" + e.getMessage());
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        Kernels.warmUp();
        MnistRepository repo = dataDir == null ? MnistRepository.standard() : null;
        Path dir = dataDir != null ? dataDir : repo.directory();
        if (dataDir != null && !Files.isDirectory(dataDir)) {
            throw new UsageException("--data-dir: " + dataDir + " is not a directory");
        }
        MnistData data = repo != null ? repo.load(Precision.FLOAT32, line -> log(err, line))
                : MnistRepository.loadFrom(dataDir, Precision.FLOAT32);
        log(err, "bench: measuring this machine's ceilings");
        Kernels.awaitWarmUp(); // its thread would compete with the ceilings' measurement
        Ceilings ceilings = Ceilings.measure(Kernels.threads());
        Benchmark bench = new Benchmark(data, ceilings, line -> log(err, line));
        List<Workload> results = bench.all(dir, epochs);
        long peakMb = ResidentMemory.peakMb();
        long trainingRunMb = TrainingRunMemory.measure(2, dataDir, line -> log(err, line));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, document(ceilings, results, peakMb, trainingRunMb));
        } else {
            out.print(BenchTable.render(ceilings, results, Kernels.floatBackend(), Kernels.threads(), peakMb, trainingRunMb));
            out.flush();
        }
    }

    private static void log(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }

    private static Map<String, Object> document(Ceilings c, List<Workload> results, long peakMb, long trainingRunMb) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("processors", Runtime.getRuntime().availableProcessors());
        machine.put("threads", Kernels.threads());
        machine.put("floatBackend", Kernels.floatBackend());
        machine.put("jvm", ManagementFactory.getRuntimeMXBean().getVmVersion());
        machine.put("fmaGflops1Thread", c.fmaGflops1());
        machine.put("fmaGflops", c.fmaGflopsN());
        machine.put("bandwidthGBs1Thread", c.bandwidthGBs1());
        machine.put("bandwidthGBs", c.bandwidthGBsN());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Workload w : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", w.name());
            row.put("unit", w.unit());
            row.put("medianSeconds", w.timing().median());
            row.put("minSeconds", w.timing().min());
            row.put("maxSeconds", w.timing().max());
            row.put("repetitions", w.timing().reps());
            row.put("cpuMedianSeconds", w.cpu() == null ? null : w.cpu().median());
            row.put("gflop", w.gflop());
            row.put("gbytes", w.gbytes());
            row.put("floorSeconds", w.floor() > 0 ? w.floor() : null);
            row.put("ratioToFloor", Json.finiteOrNull(w.ratioToFloor()));
            row.put("allocatedBytesPerStep", Json.finiteOrNull(w.allocatedBytesPerStep()));
            row.put("targetSeconds", w.target());
            row.put("meetsTarget", w.meetsTarget());
            rows.add(row);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("machine", machine);
        doc.put("workloads", rows);
        doc.put("peakResidentMB", peakMb);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("command", "train --epochs 2 --batch-size 128 --seed 1");
        run.put("peakResidentMB", trainingRunMb < 0 ? null : trainingRunMb);
        run.put("targetMB", TrainingRunMemory.TARGET_MB);
        run.put("meetsTarget", trainingRunMb >= 0 && trainingRunMb <= TrainingRunMemory.TARGET_MB);
        doc.put("trainingRunMemory", run);
        return doc;
    }

    static String format(double seconds) {
        return String.format(Locale.ROOT, seconds < 0.1 ? "%.4f" : "%.3f", seconds);
    }
}
