package org.hyperlab.sweep.process;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a trial program reports values: one line on stdout per report, either a JSON object
 * ({@code {"step": 3, "val_loss": 0.31}}; {@code NaN}, {@code Infinity} and {@code -Infinity} are accepted as Python's
 * {@code json.dumps} writes them) or {@code key=value} pairs separated by spaces or commas
 * ({@code step=3 val_loss=0.31}). A line is a report when it carries the metric; {@code step} (an integer) is
 * optional, and without it reports are numbered 1, 2, 3, ... Every other line is ordinary output and is ignored. A
 * line that carries the metric with a value that is not a number is an error ({@link ProtocolException}).
 */
public final class ReportProtocol {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String metric;

    /** Reads reports of {@code metric}. */
    public ReportProtocol(String metric) {
        this.metric = metric;
    }

    /** One report: the step given on the line, or {@code null}, and the value. */
    public record Report(Integer step, double value) {
    }

    /** A report line whose metric or step is not a number. */
    public static final class ProtocolException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProtocolException(String message) {
            super(message);
        }
    }

    /** The report on {@code line}, or empty for ordinary output. */
    public Optional<Report> parse(String line) {
        String s = line.strip();
        Map<String, String> fields = s.startsWith("{") ? jsonFields(s) : pairFields(s);
        if (fields == null || !fields.containsKey(metric)) {
            return Optional.empty();
        }
        double value = number(fields.get(metric), metric, line);
        Integer step = null;
        if (fields.containsKey("step")) {
            double st = number(fields.get("step"), "step", line);
            if (st != Math.rint(st) || st < 0 || st > Integer.MAX_VALUE) {
                throw new ProtocolException("'step' must be a non-negative integer: " + line);
            }
            step = (int) st;
        }
        return Optional.of(new Report(step, value));
    }

    private static Map<String, String> jsonFields(String s) {
        JsonNode node;
        try (JsonParser p = JSON.createParser(s)) {
            node = JSON.readTree(p);
        } catch (java.io.IOException e) {
            return null;
        }
        if (node == null || !node.isObject()) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isNumber() ? e.getValue().asText()
                : e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString()));
        return out;
    }

    private static Map<String, String> pairFields(String s) {
        if (s.isEmpty()) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String token : s.split("[\\s,]+")) {
            int eq = token.indexOf('=');
            if (eq <= 0) {
                return null;
            }
            out.put(token.substring(0, eq), token.substring(eq + 1));
        }
        return out;
    }

    private static double number(String text, String name, String line) {
        String t = text.strip();
        switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "inf", "infinity", "+inf", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new ProtocolException("'" + name + "' is not a number on the line: " + line.strip());
        }
    }
}
