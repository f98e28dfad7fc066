package org.hyperlab.sweep.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hyperlab.core.train.Monitor;
import org.hyperlab.sweep.ObjectiveFunction;
import org.hyperlab.sweep.objective.ProgramObjective;
import org.hyperlab.sweep.objective.SweepObjectives;
import org.hyperlab.sweep.process.ProgramSpec;
import org.hyperlab.sweep.pruner.HyperbandPruner;
import org.hyperlab.sweep.pruner.MedianPruner;
import org.hyperlab.sweep.pruner.NopPruner;
import org.hyperlab.sweep.pruner.Pruner;
import org.hyperlab.sweep.pruner.SuccessiveHalvingPruner;
import org.hyperlab.sweep.sampler.GridSampler;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.sampler.TpeBandwidth;
import org.hyperlab.sweep.sampler.TpeSampler;
import org.hyperlab.sweep.sampler.cmaes.CmaEsSampler;
import org.hyperlab.sweep.sampler.gp.GpSampler;
import org.hyperlab.sweep.sampler.nsga2.Nsga2Sampler;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.space.SearchSpace;
import org.hyperlab.sweep.storage.HeartbeatSettings;

/**
 * A parsed sweep file (see {@link SweepFileReader} for the format, {@code docs/sweeps.md} for the guide).
 *
 * @param file      the file it came from (for messages)
 * @param command   {@code train} (MNIST classifiers), {@code descend} (1-D objectives) or {@code program}
 * @param study     the study name from the file, or {@code null}
 * @param metric    for train sweeps, the per-epoch quantity that is reported, pruned on and optimized; else null
 * @param objective the metric's name and direction
 * @param seed      the study seed
 * @param trials    the default number of trials
 * @param sampler   {@code grid}, {@code random}, {@code tpe}, {@code cmaes}, {@code gp} or {@code nsga2} with its settings
 * @param pruner    {@code none}, {@code median}, {@code asha} or {@code hyperband} with its settings
 * @param space     the searched options of the command
 * @param fixed     options of the command set for every trial (for a program: values of every trial)
 * @param program   for {@code command} {@value #PROGRAM}: the program a trial runs ({@code objective.command}); else null
 * @param document  the file's top-level mapping as read (its definition, stored with the study as JSON)
 * @param objectives every objective, {@code objective} first (one for the single {@code objective} form)
 */
public record SweepFile(String file, String command, String study, Monitor metric, ObjectiveSpec objective, long seed, int trials,
                 Map<String, Object> sampler, Map<String, Object> pruner, SearchSpace space,
                 Map<String, Object> fixed, ProgramSpec program, Map<String, Object> document,
                 List<ObjectiveSpec> objectives) {

    /** Copies the objectives. */
    public SweepFile {
        objectives = List.copyOf(objectives);
    }

    /** A sweep of the one objective {@code objective}. */
    public SweepFile(String file, String command, String study, Monitor metric, ObjectiveSpec objective, long seed,
                     int trials, Map<String, Object> sampler, Map<String, Object> pruner, SearchSpace space,
                     Map<String, Object> fixed, ProgramSpec program, Map<String, Object> document) {
        this(file, command, study, metric, objective, seed, trials, sampler, pruner, space, fixed, program, document,
                List.of(objective));
    }

    /** The {@code command} of a sweep whose trials run the program of {@code objective.command}. */
    public static final String PROGRAM = "program";

    /** The objective function of one trial; a program's trials get directories under a new temporary directory. */
    public ObjectiveFunction objectiveFunction() {
        if (program == null) {
            return SweepObjectives.create(command, fixed, space, metric, objectives);
        }
        try {
            return objectiveFunction(Files.createTempDirectory("hyperlab-trials-"), Path.of("").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The objective function of one trial; a program's trials get their directories under {@code trialsDir} and
     * run in {@code workDir} (train and descend trials use neither).
     */
    public ObjectiveFunction objectiveFunction(Path trialsDir, Path workDir) {
        if (program == null) {
            return objectiveFunction();
        }
        return new ProgramObjective(program, objectives.subList(1, objectives.size()), fixed, space, trialsDir, workDir);
    }

    /** The sampler's {@code type}: {@code tpe} unless the file names another. */
    public String samplerType() {
        return String.valueOf(sampler.getOrDefault("type", "tpe"));
    }

    /** The pruner's {@code type}: {@code median} unless the file names another ({@code none} with several objectives). */
    public String prunerType() {
        return String.valueOf(pruner.getOrDefault("type", objectives.size() > 1 ? "none" : "median"));
    }

    /** The heartbeat settings of the study ({@code heartbeat: {interval, grace}}; defaults 5 s and 30 s). */
    public HeartbeatSettings heartbeat() {
        return HeartbeatKeys.read(document.get("heartbeat"));
    }

    /** The sampler the file asks for. */
    public Sampler buildSampler() {
        String type = samplerType();
        return switch (type) {
            case "grid" -> new GridSampler(space, seed);
            case "random" -> new RandomSampler();
            case "tpe" -> new TpeSampler(intOf(sampler, "startup-trials", 10), intOf(sampler, "candidates", 24),
                    boolOf(sampler, "multivariate", true), boolOf(sampler, "constant-liar", true), bandwidth());
            case "cmaes" -> new CmaEsSampler();
            case "gp" -> new GpSampler(intOf(sampler, "startup-trials", 10));
            case "nsga2" -> new Nsga2Sampler(intOf(sampler, "population", 50), doubleOf(sampler, "crossover", 0.9),
                    sampler.get("mutation") == null ? null : doubleOf(sampler, "mutation", 0));
            default -> throw new IllegalArgumentException("sampler type must be grid, random, tpe, cmaes, gp or nsga2, "
                    + "got '" + type + "'");
        };
    }

    /** The pruner the file asks for. */
    public Pruner buildPruner() {
        String type = prunerType();
        return switch (type) {
            case "none" -> new NopPruner();
            // epochs count from 1: with w warm-up epochs the first epoch that may be pruned is w + 1
            case "median" -> new MedianPruner(intOf(pruner, "startup-trials", 5), intOf(pruner, "warmup-epochs", 0) + 1, 1);
            case "asha" -> new SuccessiveHalvingPruner(intOf(pruner, "min-resource", 1),
                    intOf(pruner, "reduction-factor", 4), intOf(pruner, "min-early-stopping-rate", 0));
            case "hyperband" -> new HyperbandPruner(intOf(pruner, "min-resource", 1),
                    intOf(pruner, "max-resource", intOf(fixed, "epochs", 0)), intOf(pruner, "reduction-factor", 3));
            default -> throw new IllegalArgumentException("pruner type must be none, median, asha or hyperband, got '"
                    + type + "'");
        };
    }

    private TpeBandwidth bandwidth() {
        String rule = String.valueOf(sampler.getOrDefault("bandwidth", "neighbor"));
        return switch (rule) {
            case "neighbor" -> TpeBandwidth.NEIGHBOR;
            case "scott" -> TpeBandwidth.SCOTT;
            default -> throw new IllegalArgumentException("'bandwidth' must be neighbor or scott, got '" + rule + "'");
        };
    }

    private static boolean boolOf(Map<String, Object> m, String key, boolean dflt) {
        Object v = m.get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("'" + key + "' must be true or false, got " + v);
    }

    private static double doubleOf(Map<String, Object> m, String key, double dflt) {
        Object v = m.get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("'" + key + "' must be a number, got " + v);
    }

    private static int intOf(Map<String, Object> m, String key, int dflt) {
        Object v = m.get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Integer i) {
            return i;
        }
        throw new IllegalArgumentException("'" + key + "' must be an integer, got " + v);
    }
}
