package org.hyperlab.sweep.file;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hyperlab.core.train.Monitor;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.objective.SweepObjectives;
import org.hyperlab.sweep.objective.TrainMetrics;
import org.hyperlab.sweep.process.ProgramSpec;
import org.hyperlab.sweep.pruner.Pruner;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.space.SearchSpace;
import org.hyperlab.sweep.space.SearchSpaceException;
import org.hyperlab.sweep.space.SearchSpaceParser;

/**
 * Reads a sweep file: YAML, or JSON when the name ends in {@code .json}. Top-level keys:
 * <pre>
 * command: train                  # or descend (1-D objectives; metric final-J, minimized); or instead:
 * objective: {command: [python3, prog.py, --lr, "{lr}"], metric: val_loss}   # any program (ProgramObjectiveReader)
 * study: mnist-lr                 # default study name (--study overrides)
 * objective: {metric: validation-loss, direction: minimize}   # direction defaults from the metric
 * objectives: [{metric: validation-loss}, {metric: seconds}]   # instead: several objectives (ObjectivesReader)
 * seed: 0                         # study seed; trial n trains with a seed derived from it and n
 * trials: 20                      # default for --trials
 * sampler: {type: tpe}            # grid | random | tpe (startup-trials: 10, candidates: 24, multivariate: true,
 *                                 #   constant-liar: true, bandwidth: neighbor) | cmaes | gp (startup-trials: 10)
 * pruner: {type: median}          # none | median (startup-trials: 5, warmup-epochs: 0)
 *                                 #      | asha (min-resource: 1, reduction-factor: 4, min-early-stopping-rate: 0)
 *                                 #      | hyperband (min-resource: 1, max-resource: the fixed epochs,
 *                                 #        reduction-factor: 3)
 * fixed: {epochs: 5, train-size: 5000}                          # train options for every trial
 * params:                         # the searched train options
 *   lr: {type: float, low: 1.0e-4, high: 0.1, log: true}
 *   batch-size: [32, 64, 128]
 *   momentum: {type: float, low: 0.5, high: 0.99, when: {optimizer: [momentum, nesterov]}}   # conditional
 * </pre>
 * Every problem is a {@link SweepFileException} naming the file and the key, raised before any trial runs: the
 * fixed values go through the same checks as the command's own options ({@link SweepObjectives#checkFixed}), and so
 * do the searched values, each choice and both ends of each range ({@link SweepObjectives#checkSpace}); a program's
 * values are its own business, only its placeholders are checked ({@link ProgramObjectiveReader}). A problem with
 * the objectives, the sampler or the pruner names the line of its key as well ({@code sweep file F, line N: ...}).
 */
public final class SweepFileReader {
    private static final Set<String> TOP = Set.of("command", "study", "objective", ObjectivesReader.KEY, "seed", "trials",
            "sampler", "pruner", "fixed", "params", "heartbeat");

    private SweepFileReader() {
    }

    /** Loads and validates {@code file}; an error about one parameter names the parameter's line. */
    public static SweepFile load(Path file) {
        Map<String, Object> doc = read(file);
        try {
            return parse(doc, file.toString());
        } catch (SweepFileException e) {
            if (e.getCause() instanceof SearchSpaceException s && s.parameter() != null) {
                Integer line = KeyLines.under(file, "params").get(s.parameter());
                if (line != null) {
                    throw new SweepFileException("sweep file " + file + ", line " + line + ": " + s.getMessage(), s);
                }
            }
            if (e.getCause() instanceof KeyProblem k) {
                Integer line = KeyLines.top(file).get(k.key);
                if (line != null) {
                    throw new SweepFileException("sweep file " + file + ", line " + line + ": " + k.getMessage(), k);
                }
            }
            throw e;
        }
    }

    /**
     * Validates a sweep file's top-level mapping (e.g. a study's stored definition), {@code source} naming it in
     * messages.
     */
    public static SweepFile parse(Map<String, Object> doc, String source) {
        String where = "sweep file " + source + ": ";
        try {
            for (String key : doc.keySet()) {
                if (!TOP.contains(key)) {
                    throw new IllegalArgumentException("unknown key '" + key + "' (expected one of "
                            + String.join(", ", new TreeSet<>(TOP)) + ")");
                }
            }
            Map<String, Object> objective = map(doc, "objective");
            boolean program = objective.containsKey("command");
            if (program && doc.containsKey("command")) {
                throw new IllegalArgumentException("a sweep file has either 'command: train|descend' or an "
                        + "'objective.command' list, not both");
            }
            String command = program ? SweepFile.PROGRAM : String.valueOf(doc.getOrDefault("command", "train"));
            if (!command.equals("train") && !command.equals("descend") && !program) {
                throw new IllegalArgumentException("'command' must be train or descend, got '" + command + "'");
            }
            boolean descend = command.equals("descend");
            Set<String> knownOptions = program ? null : SweepObjectives.optionNames(command);
            List<ObjectiveSpec> several = severalObjectives(doc, objective, descend, program);
            Monitor metric = null;
            Direction direction = Direction.MINIMIZE;
            String metricName = SweepObjectives.DESCEND_METRIC;
            if (descend) {
                Object m = objective.getOrDefault("metric", metricName);
                if (!metricName.equals(m) || !"minimize".equals(String.valueOf(objective.getOrDefault("direction", "minimize")))) {
                    throw new KeyProblem("objective", "descend sweeps minimize " + metricName + ", got " + objective, null);
                }
            } else if (several != null && !program) {
                metric = several.stream().map(o -> TrainMetrics.perEpoch(o.metric())).flatMap(java.util.Optional::stream)
                        .findFirst().orElse(Monitor.VALIDATION_LOSS);
                metricName = several.get(0).metric();
                direction = several.get(0).direction();
            } else if (!program) {
                metric = KeyProblem.at("objective", () -> Monitor.parse(String.valueOf(objective.getOrDefault("metric",
                        "validation-loss"))));
                metricName = metric.label();
                Object dir = objective.get("direction");
                direction = dir == null ? (metric.maximize() ? Direction.MAXIMIZE : Direction.MINIMIZE)
                        : KeyProblem.at("objective", () -> Direction.parse(String.valueOf(dir)));
            }
            Map<String, Object> fixed = map(doc, "fixed");
            if (!program) {
                for (String key : fixed.keySet()) {
                    if (!knownOptions.contains(key)) {
                        throw new IllegalArgumentException("fixed option '" + key + "' is not a " + command + " option");
                    }
                }
                try {
                    SweepObjectives.checkFixed(command, fixed);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'fixed': " + e.getMessage(), e);
                }
            }
            Object paramsValue = doc.get("params");
            if (!(paramsValue instanceof Map<?, ?> params)) {
                throw new IllegalArgumentException("'params' must map option names to ranges or choice lists");
            }
            Map<String, Object> p = new LinkedHashMap<>();
            params.forEach((k, v) -> p.put(String.valueOf(k), v));
            SearchSpace space = SearchSpaceParser.parse(p, knownOptions);
            for (String name : space.parameters().keySet()) {
                if (fixed.containsKey(name)) {
                    throw new IllegalArgumentException("option '" + name + "' is both fixed and searched");
                }
            }
            ProgramSpec programSpec = null;
            if (program) {
                Set<String> names = new TreeSet<>(fixed.keySet());
                names.addAll(space.parameters().keySet());
                Map<String, Object> programObjective = new LinkedHashMap<>(objective);
                if (several != null) {
                    programObjective.put("metric", several.get(0).metric());
                    programObjective.put("direction", several.get(0).direction().name().toLowerCase(java.util.Locale.ROOT));
                }
                programSpec = KeyProblem.at("objective", () -> ProgramObjectiveReader.read(programObjective, names));
                for (String name : programSpec.placeholders()) {
                    if (space.isConditional(name)) {
                        throw new SearchSpaceException(name, "parameter '" + name + "' is conditional (when:) and "
                                + "absent from some trials, so it cannot be a {" + name + "} placeholder of "
                                + "objective.command; read it from HYPERLAB_PARAM_* or params.json instead");
                    }
                }
                metricName = programSpec.metric();
                direction = programSpec.direction();
            }
            SweepFile spec = new SweepFile(source, command, doc.get("study") == null ? null : String.valueOf(doc.get("study")),
                    metric, new ObjectiveSpec(metricName, direction), longOf(doc, "seed", 0), trials(doc),
                    map(doc, "sampler"), map(doc, "pruner"), space, fixed, programSpec,
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(doc)),
                    several != null ? several : List.of(new ObjectiveSpec(metricName, direction)));
            Sampler sampler = KeyProblem.at("sampler", spec::buildSampler);
            Pruner pruner = KeyProblem.at("pruner", spec::buildPruner);
            spec.heartbeat();
            int count = spec.objectives().size();
            KeyProblem.at("sampler", () -> {
                Study.requireSamplerSupports(count, sampler, "'" + spec.samplerType() + "'");
                return null;
            });
            KeyProblem.at("pruner", () -> {
                Study.requirePrunerSupports(count, pruner, "'" + spec.prunerType() + "'");
                return null;
            });
            if (!program) {
                SweepObjectives.checkSpace(command, fixed, space);
            }
            return spec;
        } catch (SearchSpaceException | IllegalArgumentException e) {
            throw new SweepFileException(where + e.getMessage(), e);
        }
    }

    /**
     * The objectives of {@code objectives:}, or null when the file has the single {@code objective} form; a
     * {@code descend} sweep has one objective, and a program's {@code objective} then names only the program.
     */
    private static List<ObjectiveSpec> severalObjectives(Map<String, Object> doc, Map<String, Object> objective,
                                                         boolean descend, boolean program) {
        if (!doc.containsKey(ObjectivesReader.KEY)) {
            return null;
        }
        return KeyProblem.at(ObjectivesReader.KEY, () -> {
            if (descend) {
                throw new IllegalArgumentException("descend sweeps have one objective, " + SweepObjectives.DESCEND_METRIC
                        + "; 'objectives' is for train and program sweeps");
            }
            if (!program && doc.containsKey("objective")) {
                throw new IllegalArgumentException("give 'objective' or 'objectives', not both");
            }
            if (program && (objective.containsKey("metric") || objective.containsKey("direction"))) {
                throw new IllegalArgumentException("with 'objectives', 'objective' names only the program (command, "
                        + "value, timeout, grace); its metrics and directions go in 'objectives'");
            }
            return ObjectivesReader.read(doc.get(ObjectivesReader.KEY), !program);
        });
    }

    private static Map<String, Object> map(Map<String, Object> doc, String key) {
        Object v = doc.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("'" + key + "' must be a mapping, got " + v);
        }
        return StructuredDocuments.withStringKeys(m);
    }

    private static long longOf(Map<String, Object> doc, String key, long dflt) {
        Object v = doc.get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        throw new IllegalArgumentException("'" + key + "' must be an integer, got " + v);
    }

    /** {@code trials}: an integer from 1 to {@link Integer#MAX_VALUE} (default 20); anything else is an error. */
    private static int trials(Map<String, Object> doc) {
        long n = longOf(doc, "trials", 20);
        if (n < 1) {
            throw new IllegalArgumentException("'trials' must be at least 1, got " + n);
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'trials' must be at most " + Integer.MAX_VALUE + ", got " + n);
        }
        return (int) n;
    }

    private static Map<String, Object> read(Path file) {
        Object doc;
        try {
            doc = StructuredDocuments.read(file);
        } catch (NoSuchFileException e) {
            throw new SweepFileException("sweep file " + file + ": file not found", e);
        } catch (IOException e) {
            throw new SweepFileException("sweep file " + file + ": cannot read or parse: " + e.getMessage()
                    .replaceAll("\\s+", " ").strip(), e);
        } catch (RuntimeException e) {
            throw new SweepFileException("sweep file " + file + ": not valid YAML: " + e.getMessage()
                    .replaceAll("\\s+", " ").strip(), e);
        }
        if (!(doc instanceof Map<?, ?> m)) {
            throw new SweepFileException("sweep file " + file + ": expected a mapping at the top level", null);
        }
        return StructuredDocuments.withStringKeys(m);
    }
}
