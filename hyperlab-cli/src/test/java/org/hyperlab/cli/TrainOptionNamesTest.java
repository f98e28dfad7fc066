package org.hyperlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.hyperlab.cli.objective.DescendCommand;
import org.hyperlab.cli.train.TrainCommand;
import org.hyperlab.sweep.objective.SweepObjectives;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The option names sweep files use are exactly the commands' flags, less those that make no sense in a trial. */
class TrainOptionNamesTest {
    private static Set<String> longOptions(Object command, Set<String> notInSweeps) {
        Set<String> flags = new TreeSet<>();
        for (CommandLine.Model.OptionSpec o : new CommandLine(command).getCommandSpec().options()) {
            for (String n : o.names()) {
                if (n.startsWith("--")) {
                    flags.add(n.substring(2));
                }
            }
        }
        flags.removeAll(notInSweeps);
        return flags;
    }

    @Test
    void sweepOptionNamesAreTrainsFlags() {
        assertEquals(longOptions(new TrainCommand(), Set.of("help", "version", "json", "out", "config")),
                new TreeSet<>(SweepObjectives.optionNames("train")));
    }

    @Test
    void sweepOptionNamesAreDescendsFlags() {
        assertEquals(longOptions(new DescendCommand(), Set.of("help", "version", "json", "out", "config", "preset")),
                new TreeSet<>(SweepObjectives.optionNames("descend")));
    }
}
