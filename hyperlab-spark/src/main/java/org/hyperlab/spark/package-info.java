/**
 * Runs a stored study's trials as Apache Spark tasks (Hyperopt's {@code SparkTrials}): the driver samples each
 * trial's parameters and enqueues it in the study store, one single-task Spark job per trial claims exactly that
 * trial, evaluates it and finishes it in the store. The store is the only record of what is done, so task retries,
 * speculative copies and lost executors neither lose nor duplicate a finished trial. Started by
 * {@code hyperlab sweep run FILE --executor spark} through {@code SparkSubmit} (see {@code docs/spark.md}).
 */
package org.hyperlab.spark;
