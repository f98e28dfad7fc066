package org.hyperlab.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SparkExecutorTest {
    @Test
    void aFailedChildIsSummedUpByItsFirstExceptionElseItsLastLine() {
        assertEquals("org.apache.spark.SparkException: Master must either be yarn or start with spark, k8s, or local",
                SparkExecutor.reason(List.of("spark: WARN Utils: Set SPARK_LOCAL_IP if you need to bind to another address",
                        "Exception in thread \"main\" org.apache.spark.SparkException: Master must either be yarn or "
                                + "start with spark, k8s, or local",
                        "at org.apache.spark.deploy.SparkSubmit.error(SparkSubmit.scala:1045)",
                        "Caused by: java.io.IOException: later")));
        assertEquals("java.lang.OutOfMemoryError: Java heap space",
                SparkExecutor.reason(List.of("a", "java.lang.OutOfMemoryError: Java heap space", "b")));
        assertEquals("killed", SparkExecutor.reason(List.of("a warning", "killed")));
        assertEquals("it printed nothing", SparkExecutor.reason(List.of()));
    }

    @Test
    void theChildTakesThisJvmsOptionsButNotItsClassDataArchive() {
        assertEquals(List.of("-XX:+UseSerialGC", "-Xmn64m", "-Dhyperlab.home=/h"), SparkExecutor.inheritedJvmOptions(
                List.of("-XX:+UseSerialGC", "-XX:SharedArchiveFile=/h/hyperlab-cli/target/hyperlab.jsa", "-Xmn64m",
                        "-Xlog:cds*=off:stderr", "-Dhyperlab.home=/h", "-Xshare:auto")));
    }
}
