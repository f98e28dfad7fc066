package org.hyperlab.cli.sweep;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hyperlab.cli.common.ExitCodes;
import org.hyperlab.cli.common.Json;
import org.hyperlab.core.io.AtomicFiles;
import org.hyperlab.core.io.RunDirectories;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.pareto.ParetoFront;
import org.hyperlab.sweep.file.SweepFile;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.storage.StudyStorage;
import picocli.CommandLine;

/**
 * What {@code sweep run} and {@code sweep worker} do once their study is open: run its trials until the study's
 * budget is finished ({@link Study#work}, shared with every other worker of the study), printing a progress line per
 * finished trial and a line per refused result on stderr; then write a fresh run directory ({@code trials/trial-N/}
 * of a program sweep, {@code trials.csv}, {@code study.json}, the figures), print the summary line, and on stdout the
 * run directory or, with {@code --json}, the study document plus {@code storage} and {@code runDir}.
 */
final class SweepWork {
    private SweepWork() {
    }

    /** How the trials run: on threads of this process, or handed to an executor elsewhere (e.g. Spark tasks). */
    @FunctionalInterface
    interface Work {
        /**
         * Runs trials of {@code study} until its budget is finished, writing per-trial files under {@code runDir}.
         *
         * @return 0, or the exit code of a failed executor
         */
        int run(Study study, Path runDir);

        /** Whether a trial this run finished was run by this process (the "every trial failed" rule counts those). */
        default boolean ranHere(TrialRecord t) {
            return true;
        }
    }

    /** {@link Study#work} on {@code jobs} threads, with the program-sweep shutdown hook. */
    static Work local(Study st, SweepFile sweep, int jobs) {
        String self = org.hyperlab.sweep.Workers.self();
        return new Work() {
            @Override
            public int run(Study study, Path runDir) {
                try (ProgramShutdown shutdown = ProgramShutdown.install(st, sweep)) {
                    study.work(sweep.objectiveFunction(runDir.resolve("trials"), Path.of("").toAbsolutePath()), jobs);
                }
                return ExitCodes.OK;
            }

            @Override
            public boolean ranHere(TrialRecord t) {
                return self.equals(t.attrs().get(org.hyperlab.sweep.Workers.ATTR));
            }
        };
    }

    /**
     * Runs the trials and writes the outputs.
     *
     * @return 0, 1 when every trial this process finished failed, or a failed executor's exit code
     */
    static int run(CommandLine.Model.CommandSpec spec, StudyStorage storage, Study st, Path out, String dirPrefix,
                   Work work, boolean json) {
        PrintWriter err = spec.commandLine().getErr();
        st.onTrialFinished(t -> {
            err.println(SweepDocuments.progress(st.record(), t, st.trials()));
            err.flush();
        });
        st.onTrialRefused(t -> {
            err.println(Study.refusedLine(st.record(), t));
            err.flush();
        });
        Set<Integer> before = new HashSet<>();
        st.trials().forEach(t -> before.add(t.number()));
        Path runDir = RunDirectories.create(out, dirPrefix);
        long start = System.nanoTime();
        int exit = work.run(st, runDir);
        if (exit != ExitCodes.OK) {
            return exit;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<TrialRecord> all = st.trials();
        Map<String, Object> doc = new LinkedHashMap<>(SweepDocuments.study(st.record(), all));
        doc.put("storage", storage.toString());
        doc.put("runDir", runDir.toString());
        AtomicFiles.writeString(runDir.resolve("trials.csv"), SweepDocuments.csv(all));
        AtomicFiles.writeString(runDir.resolve("study.json"), Json.write(doc));
        SweepFigures.write(runDir, st.record(), all);
        String name = st.record().name();
        err.printf("sweep: %s: %s in %.1f s (this run); %s%n", name, SweepDocuments.counts(all), seconds,
                st.record().isMultiObjective() ? "Pareto front: " + ParetoFront.of(all, st.record().objectives())
                        .size() + " trial(s) (sweep best " + name + ")"
                : Study.best(all, st.record()).map(b -> "best trial " + b.number() + ": " + st.record().objective()
                        .metric() + " " + b.value() + " with " + b.params()).orElse("no complete trial"));
        err.flush();
        if (json) {
            Json.print(spec.commandLine().getOut(), doc);
        } else {
            spec.commandLine().getOut().println(runDir);
        }
        List<TrialRecord> ran = all.stream().filter(t -> !before.contains(t.number()) && work.ranHere(t)).toList();
        boolean allFailed = !ran.isEmpty() && ran.stream().allMatch(t -> t.state() == TrialState.FAILED);
        if (allFailed) {
            err.println("sweep: every trial of this run failed");
            err.flush();
        }
        return allFailed ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
