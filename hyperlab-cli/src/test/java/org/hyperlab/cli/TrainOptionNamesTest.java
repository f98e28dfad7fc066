package org.hyperlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.hyperlab.core.run.TrainingRunOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The option names sweep files use are exactly train's flags, less those that make no sense in a trial. */
class TrainOptionNamesTest {
    @Test
    void sweepOptionNamesAreTrainsFlags() {
        Set<String> flags = new TreeSet<>();
        for (CommandLine.Model.OptionSpec o : new CommandLine(new TrainCommand()).getCommandSpec().options()) {
            for (String n : o.names()) {
                if (n.startsWith("--")) {
                    flags.add(n.substring(2));
                }
            }
        }
        flags.removeAll(Set.of("help", "version", "json", "out", "config"));
        assertEquals(flags, new TreeSet<>(TrainingRunOptions.NAMES));
        assertEquals(flags, new TreeSet<>(TrainSweepObjective.trainOptions()));
    }
}
