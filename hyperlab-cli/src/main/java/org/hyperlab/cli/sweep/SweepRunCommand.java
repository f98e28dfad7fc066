package org.hyperlab.cli.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hyperlab.cli.common.UsageException;
import org.hyperlab.core.io.RunDirectories;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.record.TrialRecord;
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
 * {@code hyperlab sweep run SWEEP.yaml}: creates the study with a trial budget of {@code --trials} (a name clash is a
 * usage error unless {@code --resume}), or with {@code --resume} loads it, marks trials left running by dead processes
 * of this host failed and re-runs them (every running trial with {@code --fail-running}) and raises its budget by
 * {@code --trials}; then works on the study like {@code sweep worker} ({@link SweepWork}): runs trials on
 * {@code --jobs} threads until the study's budget is finished, together with any workers that joined it, or with
 * {@code --executor spark} hands the rest of the budget to Spark tasks ({@link SparkExecutor}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run (or with --resume continue or extend) the sweep described by a YAML or JSON file.",
        footer = {"", "Examples:",
                "  hyperlab sweep run examples/sweep-mnist-tpe.yaml",
                "  hyperlab sweep run examples/sweep-mnist-tpe.yaml --trials 40 --jobs 2 --study lr-2",
                "  hyperlab sweep run examples/sweep-mnist-tpe.yaml --executor spark --master 'local[2]'",
                "  hyperlab sweep run examples/sweep-mnist-tpe.yaml --storage jdbc:postgresql://db:5432/hyperlab?user=me"})
public final class SweepRunCommand implements Callable<Integer> {
    /** Most trials at once: each holds its own model and data copy; past the cores they only compete for memory. */
    static final int MAX_JOBS = 64;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP_FILE", description = "The sweep file (YAML, or JSON by extension).")
    Path file;

    @Option(names = "--trials", paramLabel = "N", description = "The new study's trial budget, or with --resume how much to raise it (default: the "
            + "file's 'trials'); workers that join the study share it.")
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

    @Option(names = "--executor", paramLabel = "local|spark", defaultValue = "local",
            description = {"Where trials run: local (threads of this process) or spark (Spark tasks; the Spark module is "
                    + "built on first use; see docs/spark.md) (default: ${DEFAULT-VALUE})."})
    String executor;

    @Option(names = "--master", paramLabel = "URL", description = "With --executor spark: the Spark master, e.g. "
            + "local[2], spark://HOST:7077 or yarn (default: local[P,4], P task threads, each task tried up to 4 times).")
    String master;

    @Option(names = "--parallelism", paramLabel = "P", description = "With --executor spark: trials run at once "
            + "(default: --jobs when given, else 2).")
    Integer parallelism;

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
        // the Spark module is built before the store is opened: a failed build leaves no empty study behind
        SparkExecutor sparkExecutor = spark() ? SparkExecutor.fromCheckout(err) : null;
        String name = studyName(study, sweep, file);
        String dirPrefix = "sweep-" + studySlug(name, study != null ? "--study" : sweep.study() != null
                ? "'study' in " + file : "the name of " + file);
        Sampler sampler = sweep.buildSampler();
        Kernels.declineWarmUp(); // the first trial warms the kernels it uses (see there)
        try (StudyStorage storage = store.open()) {
            Study st = open(storage, name, sweep, sampler, err, n);
            SweepWork.Work work = sparkExecutor == null ? SweepWork.local(st, sweep, jobs)
                    : (study, runDir) -> sparkExecutor.run(master != null ? master : "local[" + sparkParallelism() + ",4]",
                            sparkStorageUrl(), name, remainingBudget(storage, study), sparkParallelism(),
                            runDir.resolve("trials"), runDir);
            return SweepWork.run(spec, storage, st, store.out, dirPrefix, work, json);
        }
    }

    /**
     * Whether the trials run as Spark tasks ({@code --executor spark}); {@code --master} and {@code --parallelism}
     * apply only then, and the store must be one a Spark task can open (not {@code memory:}).
     */
    private boolean spark() {
        if (!executor.equals("local") && !executor.equals("spark")) {
            throw new UsageException("--executor: expected local or spark, got '" + executor + "'");
        }
        boolean spark = executor.equals("spark");
        if (!spark && (master != null || parallelism != null)) {
            throw new UsageException((master != null ? "--master" : "--parallelism") + " only applies with --executor spark");
        }
        if (spark && parallelism != null && (parallelism < 1 || parallelism > MAX_JOBS)) {
            throw new UsageException("--parallelism: expected 1 to " + MAX_JOBS + ", got " + parallelism);
        }
        if (spark && store.url().equals("memory:")) {
            throw new UsageException("--executor spark: the store must be one Spark tasks can open (jdbc:sqlite:FILE "
                    + "or jdbc:postgresql://...), not memory:");
        }
        return spark;
    }

    /** The trials still to hand out: the study's budget less its trials that count against it. */
    private static int remainingBudget(StudyStorage storage, Study study) {
        long counted = study.trials().stream().filter(org.hyperlab.sweep.storage.TrialBudget::counts).count();
        return storage.trialBudget(study.record().id()).map(b -> (int) Math.max(0, b - counted)).orElse(0);
    }

    /** The Spark tasks at once: {@code --parallelism}, else {@code --jobs} when given, else 2. */
    private int sparkParallelism() {
        if (parallelism != null) {
            return parallelism;
        }
        return spec.commandLine().getParseResult().hasMatchedOption("--jobs") ? jobs : 2;
    }

    /** The store's URL for the Spark tasks: a SQLite file by its absolute path, as they may run elsewhere. */
    private String sparkStorageUrl() {
        String url = store.url();
        String sqlite = "jdbc:sqlite:";
        return url.startsWith(sqlite) && !url.contains("?") ? sqlite + Path.of(url.substring(sqlite.length()))
                .toAbsolutePath() : url;
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
        storage.setHeartbeatSettings(record.id(), sweep.heartbeat());
        return Study.load(storage, name, sweep.buildSampler(), sweep.buildPruner());
    }

    /**
     * The study to run: loaded with --resume when it exists and its budget raised by {@code n}, else created with a
     * budget of {@code n} (or, when another process created it after the lookup, joined).
     */
    Study open(StudyStorage storage, String name, SweepFile sweep, Sampler sampler, PrintWriter err, int n) {
        if (resume && storage.findStudy(name).isPresent()) {
            Study st = Study.load(storage, name, sampler, sweep.buildPruner());
            if (!st.record().objectives().equals(sweep.objectives())) {
                throw new UsageException("study '" + name + "' optimizes " + describe(st.record().objectives()) + " but "
                        + file + " says " + describe(sweep.objectives()));
            }
            List<TrialRecord> failed = st.resume(failRunning);
            int budget = storage.raiseTrialBudget(st.record().id(), n);
            err.println("sweep: resuming '" + name + "' with " + st.trials().size() + " stored trials"
                    + (failed.isEmpty() ? "" : "; " + failed.size() + " interrupted trial(s) marked failed and queued again")
                    + "; trial budget raised by " + n + " to " + budget);
            return st;
        }
        try {
            return createStudy(storage, name, sweep, file, n);
        } catch (StudyExistsException e) {
            if (resume) {
                // Another process created the study between the lookup and the insert: join it.
                return open(storage, name, sweep, sampler, err, n);
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
