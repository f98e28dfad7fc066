package org.hyperlab.core.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Option values by name as they come from a YAML, JSON or flag map, read with their type checked: integers must be
 * integral and in range (text such as {@code "64"} is accepted, {@code 4294967297} is not an int), numbers may be
 * written as text, flags are booleans or {@code "true"}/{@code "false"}, a list option takes a list, comma-separated
 * text or one value. Every error names the option. Null values count as absent.
 */
public final class OptionValues {
    private final Map<String, Object> given = new LinkedHashMap<>();

    /** The non-null values of {@code options}; a name outside {@code names} is an error naming {@code command}. */
    public OptionValues(Map<String, ?> options, Set<String> names, String command) {
        options.forEach((name, value) -> {
            if (!names.contains(name)) {
                throw new IllegalArgumentException("unknown " + command + " option '" + name + "'");
            }
            if (value != null) {
                given.put(name, value);
            }
        });
    }

    /**
     * Which of two names of one option (such as {@code lr} and {@code learning-rate}) holds its value: {@code alias}
     * when given, else {@code name}; giving both is an error.
     */
    public String either(String name, String alias) {
        if (given.containsKey(name) && given.containsKey(alias)) {
            throw new IllegalArgumentException("'" + name + "' and '" + alias + "' name one option; give one of them");
        }
        return given.containsKey(alias) ? alias : name;
    }

    /** A single value as text, or null. */
    public String textOrNull(String name) {
        Object v = given.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            throw wrong(name, v, "a single value");
        }
        return String.valueOf(v);
    }

    public String text(String name, String dflt) {
        String t = textOrNull(name);
        return t != null ? t : dflt;
    }

    public Path path(String name) {
        String t = textOrNull(name);
        return t == null ? null : Path.of(t);
    }

    /** A flag: absent and {@code false} are the same. */
    public boolean flag(String name) {
        Object v = given.get(name);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String t = String.valueOf(v).trim();
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(t);
        }
        throw wrong(name, v, "true or false");
    }

    public Double numberOrNull(String name) {
        Object v = given.get(name);
        return v == null ? null : number(name, v);
    }

    public double number(String name, String dflt) {
        Double d = numberOrNull(name);
        return d != null ? d : Double.parseDouble(dflt);
    }

    public Integer integerOrNull(String name) {
        Object v = given.get(name);
        return v == null ? null : (int) integral(name, v, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public int integer(String name, String dflt) {
        Integer n = integerOrNull(name);
        return n != null ? n : Integer.parseInt(dflt);
    }

    public long longInteger(String name, String dflt) {
        Object v = given.get(name);
        return v == null ? Long.parseLong(dflt) : integral(name, v, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** A list of integers (layer sizes, for example); null when absent. */
    public List<Integer> integers(String name) {
        List<Object> items = items(name);
        if (items == null) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        items.forEach(item -> out.add((int) integral(name, item, Integer.MIN_VALUE, Integer.MAX_VALUE)));
        return out;
    }

    /** A list of numbers; null when absent. */
    public List<Double> numbers(String name) {
        List<Object> items = items(name);
        if (items == null) {
            return null;
        }
        List<Double> out = new ArrayList<>();
        items.forEach(item -> out.add(number(name, item)));
        return out;
    }

    /** The items of a list option: a list, comma-separated text, or one value; empty items are an error. */
    private List<Object> items(String name) {
        Object v = given.get(name);
        if (v == null) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        if (v instanceof List<?> list) {
            items.addAll(list);
        } else if (v instanceof String s) {
            for (String part : s.split(",", -1)) {
                items.add(part.trim());
            }
        } else {
            items.add(v);
        }
        if (items.isEmpty() || items.stream().anyMatch(i -> i == null || "".equals(i))) {
            throw wrong(name, v, "one or more comma-separated values");
        }
        return items;
    }

    private static double number(String name, Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw wrong(name, v, "a number");
            }
        }
        throw wrong(name, v, "a number");
    }

    private static long integral(String name, Object v, long min, long max) {
        String what = min == Long.MIN_VALUE ? "an integer" : "an integer from " + min + " to " + max;
        long n;
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            n = ((Number) v).longValue();
        } else if (v instanceof String s) {
            try {
                n = Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw wrong(name, v, what);
            }
        } else {
            throw wrong(name, v, what);
        }
        if (n < min || n > max) {
            throw wrong(name, v, what);
        }
        return n;
    }

    private static IllegalArgumentException wrong(String name, Object value, String expected) {
        return new IllegalArgumentException("option '" + name + "' expects " + expected + ", got '" + value + "'");
    }
}
