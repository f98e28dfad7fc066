package org.hyperlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * {@code jvm-options.txt}, which {@code sweep run --executor spark} gives the SparkSubmit JVM, is Spark's own list of
 * the Java 17 options it needs (what {@code spark-submit} adds), so it follows a Spark upgrade.
 */
class JvmOptionsTest {
    @Test
    void theFileHoldsSparksModuleOptions() throws Exception {
        assertEquals(List.of(JavaModuleOptions.defaultModuleOptionArray()), SparkSubmitRun.jvmOptions());
    }
}
