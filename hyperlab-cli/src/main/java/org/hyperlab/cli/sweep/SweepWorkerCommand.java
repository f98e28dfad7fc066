package org.hyperlab.cli.sweep;

import java.util.concurrent.Callable;
import org.hyperlab.cli.common.UsageException;
import org.hyperlab.core.io.RunDirectories;
import org.hyperlab.sweep.storage.StudyStorage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hyperlab sweep worker STUDY}: joins a stored study (its definition, written by {@code sweep run} or
 * {@code sweep create}, gives the objective, search space, sampler and pruner) and runs its trials on {@code --jobs}
 * threads until the study's trial budget is finished, together with every other worker on any machine; its output is
 * that of {@code sweep run} ({@link SweepWork}). A trial whose worker stopped sending heartbeats is failed and re-run by
 * whichever worker notices; a late result of such a trial is refused with a line on stderr, and the worker carries on.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Join a stored study and run its trials until its budget is finished (any number of workers, "
                + "on any machines).",
        footer = {"", "Examples:",
                "  hyperlab sweep worker logreg-tpe --storage \"$STORE\"",
                "  hyperlab sweep worker mnist-tpe --jobs 2 --json"})
public final class SweepWorkerCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SweepStudyOptions target;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "Trials run at once on threads of this process, 1 to 64 (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--json", description = "Print the study as one JSON document on stdout.")
    boolean json;

    /** Exit 0, or 1 when every trial this worker finished failed. */
    @Override
    public Integer call() {
        if (jobs < 1 || jobs > SweepRunCommand.MAX_JOBS) {
            throw new UsageException("--jobs: 1 to " + SweepRunCommand.MAX_JOBS + ", got " + jobs);
        }
        String dirPrefix;
        try {
            dirPrefix = "sweep-" + RunDirectories.slug(target.name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("STUDY: " + e.getMessage(), e);
        }
        try (StudyStorage storage = target.store.open()) {
            SweepStoredStudy stored = SweepStoredStudy.open(storage, target.name);
            return SweepWork.run(spec, storage, stored.study(), target.store.out, dirPrefix,
                    SweepWork.local(stored.study(), stored.definition(), jobs), json);
        }
    }
}
