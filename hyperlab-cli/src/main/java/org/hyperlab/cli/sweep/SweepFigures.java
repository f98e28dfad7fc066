package org.hyperlab.cli.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hyperlab.report.chart.Axis;
import org.hyperlab.report.chart.BarChart;
import org.hyperlab.report.chart.Chart;
import org.hyperlab.report.chart.ChartRenderer;
import org.hyperlab.report.chart.LineChart;
import org.hyperlab.report.chart.ParallelCoordinates;
import org.hyperlab.report.chart.SweepCharts;
import org.hyperlab.sweep.pareto.ParetoFront;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.analysis.ParameterImportance;
import org.hyperlab.sweep.space.Direction;

/**
 * Writes a study's figures as PNG and SVG: optimization history (best-so-far line), learning curves (pruned
 * trials marked), one slice plot per numeric parameter, parallel coordinates, and parameter importance
 * (correlation ratio eta^2, see {@link ParameterImportance}); for a study of several objectives also the Pareto
 * front: the first two objectives of every complete trial against each other, the front (by every objective,
 * {@link ParetoFront}) highlighted. Only complete trials have values; a parameter is
 * drawn on a log axis (and the learning curves on a log value axis) when all its values are positive and span more
 * than a factor of 20.
 */
final class SweepFigures {
    private SweepFigures() {
    }

    /** Writes every figure into {@code dir}; returns the file names written (without extension). */
    static List<String> write(Path dir, StudyRecord study, List<TrialRecord> trials) {
        List<String> written = new ArrayList<>();
        String metric = study.objective().metric();
        boolean minimize = study.objective().direction() == Direction.MINIMIZE;
        double[] values = new double[trials.isEmpty() ? 0 : trials.get(trials.size() - 1).number() + 1];
        java.util.Arrays.fill(values, Double.NaN);
        for (TrialRecord t : trials) {
            if (t.state() == TrialState.COMPLETE) {
                values[t.number()] = t.value();
            }
        }
        save(dir, "optimization-history", SweepCharts.optimizationHistory("Optimization history of " + study.name(),
                metric, values, minimize), written);
        List<String> names = new ArrayList<>();
        List<double[]> curves = new ArrayList<>();
        List<Boolean> pruned = new ArrayList<>();
        for (TrialRecord t : trials) {
            if (!t.intermediate().isEmpty()) {
                names.add("trial " + t.number());
                curves.add(t.intermediate().values().stream().mapToDouble(Double::doubleValue).toArray());
                pruned.add(t.state() == TrialState.PRUNED);
            }
        }
        if (!curves.isEmpty()) {
            LineChart lc = SweepCharts.learningCurves("Learning curves of " + study.name(), metric, names, curves, pruned);
            if (isLog(curves.stream().flatMapToDouble(java.util.Arrays::stream).filter(Double::isFinite).toArray())) {
                Axis y = lc.yAxis();
                lc = new LineChart(lc.title(), lc.xAxis(), new Axis(y.label(), true, y.lower(), y.upper()), lc.series(),
                        lc.markers(), lc.notes(), lc.legend());
            }
            save(dir, "learning-curves", lc, written);
        }
        List<TrialRecord> complete = trials.stream().filter(t -> t.state() == TrialState.COMPLETE).toList();
        if (complete.isEmpty()) {
            return written;
        }
        if (study.isMultiObjective()) {
            save(dir, "pareto-front", paretoFront(study, trials), written);
        }
        Set<String> params = new LinkedHashSet<>();
        complete.forEach(t -> params.addAll(t.params().keySet()));
        double[] y = complete.stream().mapToDouble(TrialRecord::value).toArray();
        List<String> numeric = new ArrayList<>();
        List<double[]> numericValues = new ArrayList<>();
        List<Boolean> logs = new ArrayList<>();
        List<ParallelCoordinates.Dimension> dims = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (String p : params) {
            // a conditional parameter is absent from the trials where it was inactive: NaN, a gap in the figures
            List<Object> raw = complete.stream().map(t -> t.params().get(p)).toList();
            if (raw.stream().allMatch(v -> v == null || v instanceof Number)) {
                double[] x = raw.stream().mapToDouble(v -> v == null ? Double.NaN : ((Number) v).doubleValue()).toArray();
                boolean log = isLog(x);
                numeric.add(p);
                numericValues.add(x);
                logs.add(log);
                dims.add(log ? ParallelCoordinates.Dimension.log(p) : ParallelCoordinates.Dimension.linear(p));
                columns.add(x);
            } else {
                List<String> cats = raw.stream().filter(java.util.Objects::nonNull).map(String::valueOf).distinct().toList();
                dims.add(ParallelCoordinates.Dimension.categorical(p, cats));
                columns.add(raw.stream().mapToDouble(v -> v == null ? Double.NaN : cats.indexOf(String.valueOf(v)))
                        .toArray());
            }
        }
        if (!numeric.isEmpty()) {
            save(dir, "slices", SweepCharts.slices("Slices of " + study.name(), numeric, numericValues, logs, metric, y,
                    minimize), written);
        }
        dims.add(ParallelCoordinates.Dimension.linear(metric));
        columns.add(y);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < complete.size(); i++) {
            double[] r = new double[columns.size()];
            for (int c = 0; c < r.length; c++) {
                r[c] = columns.get(c)[i];
            }
            rows.add(r);
        }
        save(dir, "parallel-coordinates", new ParallelCoordinates("Parallel coordinates of " + study.name(), dims, rows,
                SweepCharts.best(y, minimize)), written);
        List<ParameterImportance.Importance> imp = ParameterImportance.compute(trials, 10);
        if (!imp.isEmpty()) {
            save(dir, "parameter-importance", BarChart.of("Parameter importance (correlation ratio eta squared)",
                    "parameter", "eta squared", imp.stream().map(ParameterImportance.Importance::name).toList(),
                    imp.stream().mapToDouble(ParameterImportance.Importance::eta2).toArray(), 0), written);
        }
        return written;
    }

    /** The scatter of objectives 0 and 1 of the complete trials, the Pareto front highlighted. */
    static LineChart paretoFront(StudyRecord study, List<TrialRecord> trials) {
        List<TrialRecord> complete = ParetoFront.complete(trials, study.objectives().size());
        Set<Integer> front = new java.util.HashSet<>();
        ParetoFront.of(trials, study.objectives()).forEach(t -> front.add(t.number()));
        double[] x = complete.stream().mapToDouble(t -> t.values().get(0)).toArray();
        double[] y = complete.stream().mapToDouble(t -> t.values().get(1)).toArray();
        boolean[] onFront = new boolean[complete.size()];
        for (int i = 0; i < onFront.length; i++) {
            onFront[i] = front.contains(complete.get(i).number());
        }
        String more = study.objectives().size() > 2 ? " (front by all " + study.objectives().size() + " objectives)" : "";
        return SweepCharts.paretoFront("Pareto front of " + study.name() + more, label(study, 0), label(study, 1), x, y,
                onFront);
    }

    private static String label(StudyRecord study, int k) {
        return study.objectives().get(k).metric() + " (" + (study.objectives().get(k).direction() == Direction.MINIMIZE
                ? "minimize" : "maximize") + ")";
    }

    /**
     * True when every value given is positive and they span more than a factor of 20 (then a log axis reads better);
     * NaN stands for a trial without the parameter and is skipped.
     */
    private static boolean isLog(double[] x) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double v : x) {
            if (Double.isNaN(v)) {
                continue;
            }
            if (!(v > 0)) {
                return false;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max > 0 && max / min > 20;
    }

    private static void save(Path dir, String name, Chart chart, List<String> written) {
        ChartRenderer.writePng(chart, dir.resolve(name + ".png"));
        ChartRenderer.writeSvg(chart, dir.resolve(name + ".svg"));
        written.add(name);
    }
}
