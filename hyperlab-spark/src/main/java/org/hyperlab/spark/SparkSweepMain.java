package org.hyperlab.spark;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.storage.StudyStorage;
import org.hyperlab.sweep.storage.StudyStorages;

/**
 * The main class given to {@code SparkSubmit}: runs trials of a stored study as Spark tasks
 * ({@link SparkSweepDriver}) with the arguments of {@link SparkSweepArguments}; the master and the Spark settings
 * come from SparkSubmit. Prints one line per finished trial and, on a problem, one line {@code sweep: spark: ...}
 * on stderr. Exit 0; 1 when every trial of the run failed or the run could not be done; 2 for bad arguments.
 */
public final class SparkSweepMain {
    private SparkSweepMain() {
    }

    /** Runs the sweep and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, TaskFault.NONE));
    }

    /** Runs the sweep with a task fault (tests only) and returns the exit status. */
    public static int run(String[] args, TaskFault fault) {
        SparkSweepArguments parsed;
        try {
            parsed = SparkSweepArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("sweep: spark: " + e.getMessage());
            return 2;
        }
        // a failed task is tried again (by default Spark tries each task 4 times on a cluster, once in local mode)
        SparkConf conf = new SparkConf().setAppName("hyperlab sweep " + parsed.study())
                .setIfMissing("spark.task.maxFailures", "4").setIfMissing("spark.ui.enabled", "false");
        try (JavaSparkContext spark = new JavaSparkContext(conf);
             StudyStorage storage = StudyStorages.open(parsed.storage())) {
            List<TrialRecord> ran = new SparkSweepDriver(spark, parsed, fault, System.err).run(storage);
            boolean allFailed = !ran.isEmpty() && ran.stream().allMatch(t -> t.state() == TrialState.FAILED);
            return allFailed ? 1 : 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("sweep: spark: interrupted");
            return 1;
        } catch (RuntimeException e) {
            System.err.println("sweep: spark: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
            return 1;
        }
    }
}
