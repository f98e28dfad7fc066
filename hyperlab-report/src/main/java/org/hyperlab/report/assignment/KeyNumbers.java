package org.hyperlab.report.assignment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headline numbers of a report, by dotted name ("initialization.w0=4.finalW", "mnist.testAccuracy"), in the
 * order they were recorded: written as {@code summary.json} beside the report and checked by tests.
 */
public final class KeyNumbers {
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Records a value (a number, string or boolean); a name is recorded once. */
    public void put(String name, Object value) {
        if (values.putIfAbsent(name, value) != null) {
            throw new IllegalStateException("key number '" + name + "' recorded twice");
        }
    }

    /** The recorded values, read-only. */
    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** A recorded number. */
    public double number(String name) {
        Object v = values.get(name);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("no number recorded as '" + name + "'");
        }
        return n.doubleValue();
    }
}
