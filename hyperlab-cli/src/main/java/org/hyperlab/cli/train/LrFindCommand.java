package org.hyperlab.cli.train;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hyperlab.cli.common.Json;
import org.hyperlab.cli.common.UsageException;
import org.hyperlab.core.io.AtomicFiles;
import org.hyperlab.core.io.RunDirectories;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.run.TrainingRun;
import org.hyperlab.core.train.TrainingConfig;
import org.hyperlab.report.chart.ChartRenderer;
import org.hyperlab.report.chart.LineChart;
import org.hyperlab.report.chart.Series;
import org.hyperlab.sweep.lr.LearningRateFinder.Point;
import org.hyperlab.sweep.lr.LearningRateFinder.Result;
import org.hyperlab.sweep.lr.LearningRateFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code hyperlab lr-find}: the learning-rate range test ({@link LearningRateFinder}) on the model, optimizer, batch
 * size and data that the same {@code train} options would use (any {@code train} option may follow). Writes a
 * fresh run directory with {@code lr-find.csv} and the loss-versus-rate figure (PNG, SVG); prints the suggested
 * range as a sweep-file line ({@code lr: {type: float, low: .., high: .., log: true}}) or, with {@code --json},
 * one document.
 */
@Command(name = "lr-find", mixinStandardHelpOptions = true,
        description = {"Find a learning-rate range with the range test (Smith 2017, fastai's lr_find).",
                "One short run with the rate growing exponentially; plots loss against rate and suggests a range for "
                        + "a sweep. Other options go to train."},
        footer = {"", "Examples:",
                "  hyperlab lr-find                                  Adam on the seed model, batch 128",
                "  hyperlab lr-find --optimizer sgd --hidden 128 --batch-size 64",
                "  hyperlab lr-find --start-lr 1e-6 --end-lr 1 --steps 200 --json"})
public final class LrFindCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--start-lr", paramLabel = "RATE", defaultValue = "1e-7", description = "First rate (default: ${DEFAULT-VALUE}).")
    double startLr;

    @Option(names = "--end-lr", paramLabel = "RATE", defaultValue = "10", description = "Last rate (default: ${DEFAULT-VALUE}).")
    double endLr;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "100", description = "Mini-batch steps, 5 to 10000 (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs",
            description = "Directory under which the fresh run directory is created (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--json", description = "Print the curve and the suggestion as one JSON document on stdout.")
    boolean json;

    @CommandLine.Unmatched
    List<String> trainArgs = new ArrayList<>();

    @Override
    public void run() {
        PrintWriter err = spec.commandLine().getErr();
        LearningRateFinder.Config config;
        TrainCommand train = new TrainCommand();
        TrainingRun run;
        try {
            config = new LearningRateFinder.Config(startLr, endLr, steps, 0.98, 4);
            new CommandLine(train).parseArgs(trainArgs.toArray(new String[0]));
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage() + " (options after lr-find's own go to train; see train --help)", e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        run = train.prepare(new PrintWriter(Writer.nullWriter()));
        TrainingConfig training = run.spec().training();
        err.println("lr-find: " + run.model().spec().describe() + ", " + run.optimizer().describe().replaceAll("lr=[^,)]*, ?", "")
                + ", batch " + training.batchSize() + ", " + steps + " steps from " + startLr + " to " + endLr);
        err.flush();
        Result r = run.onRunThreads(() -> LearningRateFinder.run(run.model().network(), new SoftmaxCrossEntropy(),
                run.optimizer(), run.data().train(), training.batchSize(), training.seed(), config));
        Path runDir = RunDirectories.create(out, "lr-find");
        StringBuilder csv = new StringBuilder("step,lr,loss,smoothed\n");
        for (Point p : r.points()) {
            csv.append(p.step()).append(',').append(p.lr()).append(',').append(p.loss()).append(',').append(p.smoothed())
                    .append('\n');
        }
        AtomicFiles.writeString(runDir.resolve("lr-find.csv"), csv.toString());
        LineChart chart = chart(r);
        ChartRenderer.writePng(chart, runDir.resolve("lr-find.png"));
        ChartRenderer.writeSvg(chart, runDir.resolve("lr-find.svg"));
        String line = String.format(Locale.ROOT, "lr: {type: float, low: %.3g, high: %.3g, log: true}", r.suggestedLow(),
                r.suggestedHigh());
        err.printf(Locale.ROOT, "lr-find: %d steps%s; smoothed loss lowest at lr %.3g, falling fastest at %.3g; run directory %s%n",
                r.points().size(), r.stoppedEarly() ? " (stopped: the loss diverged)" : "", r.minimumLr(), r.steepestLr(), runDir);
        err.flush();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("minimumLr", r.minimumLr());
            doc.put("steepestLr", r.steepestLr());
            doc.put("suggested", Map.of("low", r.suggestedLow(), "high", r.suggestedHigh()));
            doc.put("stoppedEarly", r.stoppedEarly());
            doc.put("points", r.points());
            doc.put("runDir", runDir.toString());
            Json.print(spec.commandLine().getOut(), doc);
        } else {
            spec.commandLine().getOut().println(line);
            spec.commandLine().getOut().flush();
        }
    }

    private static LineChart chart(Result r) {
        double[] lr = r.points().stream().mapToDouble(Point::lr).toArray();
        double[] raw = r.points().stream().mapToDouble(Point::loss).toArray();
        double[] smooth = r.points().stream().mapToDouble(Point::smoothed).toArray();
        double atHigh = smooth[0];
        double atLow = smooth[0];
        for (Point p : r.points()) {
            if (p.lr() <= r.suggestedHigh()) {
                atHigh = p.smoothed();
            }
            if (p.lr() <= r.suggestedLow()) {
                atLow = p.smoothed();
            }
        }
        return LineChart.builder("Learning-rate range test", "learning rate", "training loss")
                .series(Series.points("batch loss", lr, raw))
                .series(Series.line("smoothed", lr, smooth))
                .logX()
                .marker(r.suggestedLow(), atLow, String.format(Locale.ROOT, "low %.2g", r.suggestedLow()))
                .best(r.suggestedHigh(), atHigh, String.format(Locale.ROOT, "high %.2g", r.suggestedHigh()))
                .legend(true)
                .build();
    }
}
