package org.hyperlab.cli.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hyperlab.cli.common.ExitCodes;
import org.hyperlab.cli.common.Json;
import org.hyperlab.cli.common.UsageException;
import org.hyperlab.core.io.AtomicFiles;
import org.hyperlab.core.io.RunDirectories;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.pareto.ParetoFront;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.file.SweepFile;
import org.hyperlab.sweep.file.SweepFileException;
import org.hyperlab.sweep.file.SweepFileReader;
import org.hyperlab.sweep.file.StudyDefinitions;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.storage.StudyExistsException;
import org.hyperlab.sweep.storage.StudyStorage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code hyperlab sweep run SWEEP.yaml}: creates the study (a name clash is a usage error unless {@code --resume}),
 * or with {@code --resume} loads it, marks trials left running by dead processes failed and re-runs them (those of
 * this host's dead processes; every running trial with {@code --fail-running}), then runs
 * {@code --trials} more trials on {@code --jobs} threads, printing a line per finished trial on stderr. A fresh run
 * directory holds, for a program sweep, {@code trials/trial-N/} (each trial's {@code params.json}, {@code stdout.txt},
 * {@code stderr.txt}) and afterwards {@code trials.csv}, {@code study.json} and the figures. With {@code --json} stdout
 * carries the study document (as {@code sweep show --json}) plus {@code runDir}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run (or with --resume continue or extend) the sweep described by a YAML or JSON file.",
        footer = {"", "Examples:",
                "  hyperlab sweep run examples/sweep-mnist-tpe.yaml",
                "  hyperlab sweep run examples/sweep-mnist-tpe.yaml --trials 40 --jobs 2 --study lr-2",
                "  hyperlab sweep run examples/sweep-mnist-tpe.yaml --storage jdbc:postgresql://db:5432/hyperlab?user=me"})
public final class SweepRunCommand implements Callable<Integer> {
    /** Most trials at once: each holds its own model and data copy; past the cores they only compete for memory. */
    static final int MAX_JOBS = 64;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP_FILE", description = "The sweep file (YAML, or JSON by extension).")
    Path file;

    @Option(names = "--trials", paramLabel = "N", description = "Trials to run now (default: the file's 'trials').")
    Integer trials;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "Trials run at once on threads of this process, 1 to 64 (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--study", paramLabel = "NAME", description = "Study name, at most 200 characters (default: the file's 'study', else its base name); its run "
                    + "directory is named by a slug of it (lowercase letters, digits, -, _, .; at most 64).")
    String study;

    @Option(names = "--resume", description = {"Continue or join an existing study: re-run the trials that dead processes on "
            + "this host left running, then add trials (other live processes keep theirs)."})
    boolean resume;

    @Option(names = "--fail-running", description = "With --resume: re-run every trial left running, whoever ran it "
            + "(after a crash on another machine; only when no other process works on the study).")
    boolean failRunning;

    @Option(names = "--json", description = "Print the study as one JSON document on stdout.")
    boolean json;

    @Mixin
    SweepStorageOptions store;

    /** Exit 0, or 1 when every trial this run finished failed (the outputs are written either way). */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SweepFile sweep;
        try {
            sweep = SweepFileReader.load(file);
        } catch (SweepFileException e) {
            throw new UsageException(e.getMessage(), e);
        }
        int n = trials != null ? trials : sweep.trials();
        if (failRunning && !resume) {
            throw new UsageException("--fail-running only applies with --resume");
        }
        if (n < 1 || jobs < 1) {
            throw new UsageException("--trials and --jobs must be at least 1, got " + n + " and " + jobs);
        }
        if (jobs > MAX_JOBS) {
            throw new UsageException("--jobs: at most " + MAX_JOBS + ", got " + jobs);
        }
        String name = studyName(study, sweep, file);
        String dirPrefix = "sweep-" + studySlug(name, study != null ? "--study" : sweep.study() != null
                ? "'study' in " + file : "the name of " + file);
        Sampler sampler = sweep.buildSampler();
        try (StudyStorage storage = store.open()) {
            Study st = open(storage, name, sweep, sampler, err);
            st.onTrialFinished(t -> {
                err.println(SweepDocuments.progress(st.record(), t, st.trials()));
                err.flush();
            });
            Set<Integer> before = new HashSet<>();
            st.trials().forEach(t -> before.add(t.number()));
            Path runDir = RunDirectories.create(store.out, dirPrefix);
            long start = System.nanoTime();
            try (ProgramShutdown shutdown = ProgramShutdown.install(st, sweep)) {
                st.optimize(sweep.objectiveFunction(runDir.resolve("trials"), Path.of("").toAbsolutePath()), n, jobs);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<TrialRecord> all = st.trials();
            Map<String, Object> doc = new LinkedHashMap<>(SweepDocuments.study(st.record(), all));
            doc.put("storage", storage.toString());
            doc.put("runDir", runDir.toString());
            AtomicFiles.writeString(runDir.resolve("trials.csv"), SweepDocuments.csv(all));
            AtomicFiles.writeString(runDir.resolve("study.json"), Json.write(doc));
            SweepFigures.write(runDir, st.record(), all);
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
            List<TrialRecord> ran = all.stream().filter(t -> !before.contains(t.number())).toList();
            boolean allFailed = !ran.isEmpty() && ran.stream().allMatch(t -> t.state() == TrialState.FAILED);
            if (allFailed) {
                err.println("sweep: every trial of this run failed");
                err.flush();
            }
            return allFailed ? ExitCodes.FAILURE : ExitCodes.OK;
        }
    }

    /** {@code metric (DIRECTION)} of each objective, comma-separated. */
    private static String describe(List<org.hyperlab.sweep.space.ObjectiveSpec> objectives) {
        return String.join(", ", objectives.stream().map(o -> o.metric() + " (" + o.direction() + ")").toList());
    }

    /** The study's name: {@code --study}, else the file's {@code study}, else the file's base name. */
    static String studyName(String option, SweepFile sweep, Path file) {
        return option != null ? option : sweep.study() != null ? sweep.study()
                : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    }

    /**
     * Creates the study with its definition ({@link StudyDefinitions}) and trial budget, and the attributes
     * {@code sweep-file} (the file's text) and {@code command}.
     *
     * @throws StudyExistsException when the name is taken
     */
    static Study createStudy(StudyStorage storage, String name, SweepFile sweep, Path file, int budget) {
        org.hyperlab.sweep.record.StudyRecord record = storage.createStudy(name, sweep.objectives(), sweep.seed(),
                StudyDefinitions.toJson(sweep, name, budget), budget);
        storage.setStudyAttr(record.id(), "sweep-file", read(file));
        storage.setStudyAttr(record.id(), "command", sweep.command());
        return Study.load(storage, name, sweep.buildSampler(), sweep.buildPruner());
    }

    /** The study to run: loaded with --resume when it exists, else created (or, when another process created it after the lookup, joined). */
    Study open(StudyStorage storage, String name, SweepFile sweep, Sampler sampler, PrintWriter err) {
        if (resume && storage.findStudy(name).isPresent()) {
            Study st = Study.load(storage, name, sampler, sweep.buildPruner());
            if (!st.record().objectives().equals(sweep.objectives())) {
                throw new UsageException("study '" + name + "' optimizes " + describe(st.record().objectives()) + " but "
                        + file + " says " + describe(sweep.objectives()));
            }
            List<TrialRecord> failed = st.resume(failRunning);
            err.println("sweep: resuming '" + name + "' with " + st.trials().size() + " stored trials"
                    + (failed.isEmpty() ? "" : "; " + failed.size() + " interrupted trial(s) marked failed and queued again"));
            return st;
        }
        try {
            return createStudy(storage, name, sweep, file, trials != null ? trials : sweep.trials());
        } catch (StudyExistsException e) {
            if (resume) {
                // Another process created the study between the lookup and the insert: join it.
                return open(storage, name, sweep, sampler, err);
            }
            throw new UsageException(e.getMessage().replace("(resume or extend it,", "(pass --resume to continue or extend it,")
                    + " in " + storage, e);
        }
    }

    /**
     * The study name as a directory name, checked before the first trial: a name that cannot be one is a usage
     * error naming where it came from ({@code source}).
     */
    private static String studySlug(String name, String source) {
        try {
            return RunDirectories.slug(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(source + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
