package org.hyperlab.sweep.objective;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hyperlab.sweep.MultiObjectiveFunction;
import org.hyperlab.sweep.Trial;
import org.hyperlab.sweep.TrialDivergedException;
import org.hyperlab.sweep.TrialFailedException;
import org.hyperlab.sweep.TrialPrunedException;
import org.hyperlab.sweep.process.ProgramRun;
import org.hyperlab.sweep.process.ProgramSpec;
import org.hyperlab.sweep.process.ReportProtocol;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.space.SearchSpace;
import org.hyperlab.sweep.storage.StaleTrialException;

/**
 * One sweep trial = one run of the sweep file's program ({@link ProgramSpec}): the trial's directory
 * ({@code trial-N} under the trials directory) gets {@code params.json}, {@code stdout.txt} and {@code stderr.txt};
 * every report of the metric ({@link ReportProtocol}) is stored and offered to the pruner. Outcomes, in this order:
 * PRUNED when the pruner stopped it; DIVERGED at the first NaN or infinite value; FAILED with the reason when the
 * time limit or hyperlab's shutdown stopped it, a report line was malformed, the program exited with a non-zero
 * status (with the last lines of its stderr), or it printed no value; else COMPLETE with the last (or best) value.
 * Whatever the outcome, the program's whole process group is gone when {@link #evaluate} returns. With several
 * objectives, objective 0's metric is the one reported per step; every other objective's value is its metric's last
 * (or best) value among the lines that carry it, and a metric never printed fails the trial as above.
 */
public final class ProgramObjective implements MultiObjectiveFunction {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ProgramSpec spec;
    private final Map<String, Object> fixed;
    private final SearchSpace space;
    private final Path trialsDir;
    private final Path workDir;
    private final List<ObjectiveSpec> others;

    /**
     * @param trialsDir where each trial's directory is made
     * @param workDir   the programs' working directory
     */
    public ProgramObjective(ProgramSpec spec, Map<String, Object> fixed, SearchSpace space, Path trialsDir, Path workDir) {
        this(spec, List.of(), fixed, space, trialsDir, workDir);
    }

    /**
     * A program of several objectives: {@code spec}'s metric is objective 0, {@code others} are objectives 1, 2, …
     *
     * @param trialsDir where each trial's directory is made
     * @param workDir   the programs' working directory
     */
    public ProgramObjective(ProgramSpec spec, List<ObjectiveSpec> others, Map<String, Object> fixed, SearchSpace space,
                            Path trialsDir, Path workDir) {
        this.others = List.copyOf(others);
        this.spec = spec;
        this.fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        this.space = space;
        this.trialsDir = trialsDir;
        this.workDir = workDir;
    }

    @Override
    public double[] evaluateAll(Trial trial) throws IOException, InterruptedException {
        Map<String, Object> values = new LinkedHashMap<>(fixed);
        values.putAll(trial.suggestAll(space));
        Path dir = Files.createDirectories(trialsDir.resolve("trial-" + trial.number()));
        Path paramsFile = dir.resolve("params.json");
        Files.writeString(paramsFile, JSON.writeValueAsString(values));
        List<String> command = spec.arguments(values, trial.number(), dir);
        requireExecutable(workDir, command.get(0));
        ProgramRun run;
        try {
            run = ProgramRun.start(command, workDir, ProgramSpec.environment(values, trial.number(), dir, paramsFile),
                    dir, spec.grace());
        } catch (IOException e) {
            throw new TrialFailedException("cannot start " + command.get(0) + ": " + e.getMessage());
        }
        trial.setUserAttr("process-group", Long.toString(run.processGroup()));
        Reports reports = new Reports(trial, run);
        ProgramRun.Result result = run.await(reports::accept, spec.timeout());
        if (reports.ownStop != null && reports.ownStop.equals(result.stopReason())) {
            reports.rethrow();
        }
        if (result.stopReason() != null) {
            throw new TrialFailedException(result.stopReason());
        }
        if (result.exitCode() != 0) {
            throw new TrialFailedException("exited with status " + result.exitCode() + (result.stderrTail().isEmpty()
                    ? " (no stderr)" : "; stderr ends with:\n" + result.stderrTail()));
        }
        double[] out = new double[1 + others.size()];
        out[0] = chosen(spec.metric(), spec.direction(), reports.values, result);
        for (int k = 0; k < others.size(); k++) {
            out[k + 1] = chosen(others.get(k).metric(), others.get(k).direction(), reports.otherValues.get(k), result);
        }
        return out;
    }

    /** The last (or best) of a metric's reported values; none is a failure naming the metric. */
    private double chosen(String metric, Direction direction, List<Double> reported, ProgramRun.Result result) {
        if (reported.isEmpty()) {
            throw new TrialFailedException("printed no value of '" + metric + "' on stdout (expected lines such as "
                    + "{\"" + metric + "\": 0.31} or " + metric + "=0.31); " + result.stdoutLines()
                    + " line(s) of output" + (result.lastStdoutLine() == null ? "" : ", the last: "
                    + abbreviate(result.lastStdoutLine())));
        }
        if (spec.value() == ProgramSpec.ValueRule.LAST) {
            return reported.get(reported.size() - 1);
        }
        double best = reported.get(0);
        for (double v : reported) {
            if (direction.isBetter(v, best)) {
                best = v;
            }
        }
        return best;
    }

    /** The reports of one run, fed from its stdout thread. */
    private final class Reports {
        private final Trial trial;
        private final ProgramRun run;
        private final ReportProtocol protocol = new ReportProtocol(spec.metric());
        final List<Double> values = new ArrayList<>();
        final List<List<Double>> otherValues = new ArrayList<>();
        private final List<ReportProtocol> otherProtocols = new ArrayList<>();
        String ownStop;
        private RuntimeException outcome;

        Reports(Trial trial, ProgramRun run) {
            this.trial = trial;
            this.run = run;
            for (ObjectiveSpec o : others) {
                otherProtocols.add(new ReportProtocol(o.metric()));
                otherValues.add(new ArrayList<>());
            }
        }

        void accept(String line) {
            if (ownStop != null) {
                return;
            }
            Optional<ReportProtocol.Report> report;
            try {
                report = protocol.parse(line);
                for (int k = 0; k < otherProtocols.size(); k++) {
                    Optional<ReportProtocol.Report> other = otherProtocols.get(k).parse(line);
                    if (other.isPresent()) {
                        otherValues.get(k).add(other.get().value());
                    }
                }
            } catch (ReportProtocol.ProtocolException e) {
                stopWith(new TrialFailedException("output not in the report protocol: " + e.getMessage()));
                return;
            }
            if (report.isEmpty()) {
                return;
            }
            double v = report.get().value();
            int step = report.get().step() != null ? report.get().step() : values.size() + 1;
            values.add(v);
            try {
                trial.report(step, v);
                if (!Double.isFinite(v)) {
                    stopWith(new TrialDivergedException(spec.metric() + " was " + v + " at step " + step));
                } else if (trial.shouldPrune()) {
                    stopWith(new TrialPrunedException("pruned at step " + step));
                }
            } catch (StaleTrialException e) {
                // another worker took the trial over (its heartbeat had stopped): the program's work is not wanted
                stopWith(e);
            }
        }

        private void stopWith(RuntimeException e) {
            ownStop = e.getMessage();
            outcome = e;
            run.stop(ownStop);
        }

        void rethrow() {
            throw outcome;
        }
    }

    /** A program named without a slash must be on PATH, one with a slash (from {@code workDir}) must be executable. */
    static void requireExecutable(Path workDir, String program) {
        if (program.contains("/")) {
            Path p = workDir.resolve(program);
            if (!Files.isExecutable(p)) {
                throw new TrialFailedException("command not found or not executable: " + program);
            }
            return;
        }
        if (which(program).isEmpty()) {
            throw new TrialFailedException("command not found on PATH: " + program);
        }
    }

    /** The file {@code program} names on PATH, if any. */
    public static Optional<Path> which(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(d.isEmpty() ? "." : d, program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static String abbreviate(String line) {
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
