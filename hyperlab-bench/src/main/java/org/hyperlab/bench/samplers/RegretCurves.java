package org.hyperlab.bench.samplers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Best-so-far curves of benchmark runs, keyed by function, sampler and seed, read from and written to CSV files
 * with the header {@code function,sampler,seed,trial,best} (trial counts from 1). The Python script that makes the
 * Optuna column writes the same format.
 */
final class RegretCurves {
    static final String HEADER = "function,sampler,seed,trial,best";
    /** function → sampler → seed → best after trial t (index t − 1). */
    private final Map<String, Map<String, Map<Long, double[]>>> curves = new LinkedHashMap<>();

    void add(String function, String sampler, long seed, double[] best) {
        curves.computeIfAbsent(function, k -> new LinkedHashMap<>()).computeIfAbsent(sampler, k -> new TreeMap<>())
                .put(seed, best);
    }

    Map<String, Map<String, Map<Long, double[]>>> byFunction() {
        return curves;
    }

    /** Appends the lines of every curve to {@code file}, writing the header first when the file is new. */
    static void append(Path file, String function, String sampler, long seed, double[] best) {
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t < best.length; t++) {
            sb.append(function).append(',').append(sampler).append(',').append(seed).append(',').append(t + 1)
                    .append(',').append(String.format(Locale.ROOT, "%.17g", best[t])).append('\n');
        }
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, HEADER + "\n");
            }
            Files.writeString(file, sb.toString(), java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every {@code curves-*.csv} of a directory. */
    static RegretCurves readAll(Path dir) throws IOException {
        RegretCurves out = new RegretCurves();
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().matches("curves-.*\\.csv")).sorted().forEach(files::add);
        }
        Map<String, Map<String, Map<Long, List<Double>>>> raw = new LinkedHashMap<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split(",");
                raw.computeIfAbsent(c[0], k -> new LinkedHashMap<>()).computeIfAbsent(c[1], k -> new TreeMap<>())
                        .computeIfAbsent(Long.parseLong(c[2]), k -> new ArrayList<>()).add(Double.parseDouble(c[4]));
            }
        }
        raw.forEach((fn, bySampler) -> bySampler.forEach((sampler, bySeed) -> bySeed.forEach((seed, values) ->
                out.add(fn, sampler, seed, values.stream().mapToDouble(Double::doubleValue).toArray()))));
        return out;
    }
}
