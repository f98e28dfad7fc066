package org.hyperlab.core.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A node of a golden fixture written by {@code reference/torch_golden.py} (test resources under {@code golden/}),
 * with typed accessors that fail with the node's path when the fixture does not have the expected shape.
 */
final class Fixture {
    private final String path;
    private final Object value;

    private Fixture(String path, Object value) {
        this.path = path;
        this.value = value;
    }

    /** Loads {@code golden/NAME} from the test classpath. */
    static Fixture load(String name) {
        String resource = "/golden/" + name;
        try (InputStream in = Fixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource + " (run reference/torch_golden.py)");
            }
            return new Fixture(name, GoldenJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where this node is, e.g. {@code optimizers.json.cases[3].float64}. */
    String path() { return path; }

    Fixture get(String key) {
        if (!(value instanceof Map<?, ?> map) || !map.containsKey(key)) {
            throw new IllegalStateException(path + ": no key '" + key + "'");
        }
        return new Fixture(path + "." + key, map.get(key));
    }

    boolean has(String key) {
        return value instanceof Map<?, ?> map && map.containsKey(key);
    }

    boolean isNull() { return value == null; }

    List<Fixture> list() {
        if (!(value instanceof List<?> items)) {
            throw new IllegalStateException(path + ": not an array");
        }
        return java.util.stream.IntStream.range(0, items.size())
                .mapToObj(i -> new Fixture(path + "[" + i + "]", items.get(i))).toList();
    }

    /** The keys of an object node, in file order. */
    List<String> keys() {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalStateException(path + ": not an object");
        }
        return map.keySet().stream().map(Object::toString).toList();
    }

    double number() {
        if (!(value instanceof Double d)) {
            throw new IllegalStateException(path + ": not a number");
        }
        return d;
    }

    int integer() {
        double d = number();
        if (d != Math.rint(d)) {
            throw new IllegalStateException(path + ": not an integer");
        }
        return (int) d;
    }

    String string() {
        if (!(value instanceof String s)) {
            throw new IllegalStateException(path + ": not a string");
        }
        return s;
    }

    boolean bool() {
        if (!(value instanceof Boolean b)) {
            throw new IllegalStateException(path + ": not a boolean");
        }
        return b;
    }

    /** The raw value: Double, String, Boolean, null, List or Map. */
    Object raw() { return value; }

    double[] vector() {
        return list().stream().mapToDouble(Fixture::number).toArray();
    }

    double[][] matrix() {
        return list().stream().map(Fixture::vector).toArray(double[][]::new);
    }

    int[] integers() {
        return list().stream().mapToInt(Fixture::integer).toArray();
    }
}
