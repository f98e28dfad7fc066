package org.hyperlab.cli.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.hyperlab.bench.pareto.ParetoBenchmark;
import org.hyperlab.cli.common.ExitCodes;
import org.hyperlab.cli.common.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code hyperlab bench pareto}: the multi-objective benchmark ({@link ParetoBenchmark}): NSGA-II, multi-objective
 * TPE and random search on problems with known Pareto fronts; the table of final-front hypervolumes on stdout.
 */
@Command(name = "pareto", mixinStandardHelpOptions = true,
        description = {"Compare the multi-objective samplers on problems with known Pareto fronts (hypervolume table).",
                "Seeded studies in memory, one at a time: NSGA-II with each population given, multi-objective TPE and "
                        + "random search; the table (Markdown) goes to stdout, one timing line per sampler to stderr."},
        footer = {"", "Examples:",
                "  hyperlab bench pareto                                  ZDT1 (3 variables) and Schaffer N.1",
                "  hyperlab bench pareto --problems zdt1-3 --trials 1000 --population 20,50"})
public final class ParetoBenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--problems", paramLabel = "NAMES", split = ",", defaultValue = "zdt1-3,schaffer1",
            description = "Problems, comma-separated: zdt1-N (ZDT1 with N variables) or schaffer1 (default: ${DEFAULT-VALUE}).")
    List<String> problems;

    @Option(names = "--population", paramLabel = "SIZES", split = ",", defaultValue = "50",
            description = "NSGA-II population sizes, comma-separated, 2 to 100000 each (default: ${DEFAULT-VALUE}).")
    List<Integer> populations;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "30",
            description = "Seeded studies per problem and sampler (seeds 0..N-1), 1 to 100000 (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "200",
            description = "Trials per study, 1 to 100000 (default: ${DEFAULT-VALUE}).")
    int trials;

    @Override
    public Integer call() {
        if (seeds < 1 || seeds > SamplersBenchCommand.MAX_COUNT) {
            throw new UsageException("--seeds: expected 1.." + SamplersBenchCommand.MAX_COUNT + ", got " + seeds);
        }
        if (trials < 1 || trials > SamplersBenchCommand.MAX_COUNT) {
            throw new UsageException("--trials: expected 1.." + SamplersBenchCommand.MAX_COUNT + ", got " + trials);
        }
        for (int p : populations) {
            if (p < 2 || p > SamplersBenchCommand.MAX_COUNT) {
                throw new UsageException("--population: expected 2.." + SamplersBenchCommand.MAX_COUNT + ", got " + p);
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        String table;
        try {
            table = ParetoBenchmark.table(problems, populations, seeds, trials, line -> {
                err.println("bench: " + line);
                err.flush();
            });
        } catch (IllegalArgumentException e) {
            throw new UsageException("--problems: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().print(table);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
