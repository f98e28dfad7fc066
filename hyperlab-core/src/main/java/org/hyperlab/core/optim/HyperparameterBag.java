package org.hyperlab.core.optim;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Named hyperparameter values as they come from a command line or a config file, read once each by the
 * {@link Optimizers} factory. Keys are matched ignoring case, {@code -} and {@code _}
 * ({@code weight-decay} = {@code weightDecay} = {@code weight_decay}); {@code learning-rate} is an alias of
 * {@code lr} and {@code epsilon} of {@code eps}. Values may be numbers, booleans or text that parses as one.
 * Keys that the chosen optimizer does not read are an error, so a typo never goes unnoticed.
 */
final class HyperparameterBag {
    private final String owner;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> originalKeys = new LinkedHashMap<>();
    private final Set<String> read = new TreeSet<>();
    private final Set<String> readNormalized = new TreeSet<>();

    HyperparameterBag(String owner, Map<String, ?> settings) {
        this.owner = owner;
        for (Map.Entry<String, ?> e : settings.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            String key = normalize(e.getKey());
            if (values.containsKey(key)) {
                throw new IllegalArgumentException(owner + ": hyperparameter '" + e.getKey() + "' is given twice (also as '"
                        + originalKeys.get(key) + "')");
            }
            values.put(key, e.getValue());
            originalKeys.put(key, e.getKey());
        }
    }

    static String normalize(String key) {
        String k = key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        switch (k) {
            case "learningrate": return "lr";
            case "epsilon": return "eps";
            default: return k;
        }
    }

    double number(String key, double fallback) {
        Object v = lookup(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(owner + ": hyperparameter '" + originalKeys.get(normalize(key))
                    + "' must be a number, got '" + v + "'");
        }
    }

    boolean flag(String key, boolean fallback) {
        Object v = lookup(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String text = v.toString().trim().toLowerCase(Locale.ROOT);
        if (text.equals("true")) {
            return true;
        }
        if (text.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException(owner + ": hyperparameter '" + originalKeys.get(normalize(key))
                + "' must be true or false, got '" + v + "'");
    }

    private Object lookup(String displayKey) {
        String key = normalize(displayKey);
        read.add(displayKey);
        readNormalized.add(key);
        return values.get(key);
    }

    /** Throws, naming the accepted keys, if any given key was never read. */
    void requireAllRead() {
        for (String key : values.keySet()) {
            if (!readNormalized.contains(key)) {
                throw new IllegalArgumentException(owner + ": unknown hyperparameter '" + originalKeys.get(key)
                        + "' (accepted: " + String.join(", ", read) + ")");
            }
        }
    }
}
