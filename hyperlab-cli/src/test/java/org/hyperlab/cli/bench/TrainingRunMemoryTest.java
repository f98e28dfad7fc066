package org.hyperlab.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hyperlab.cli.HyperlabCommand;
import org.junit.jupiter.api.Test;

class TrainingRunMemoryTest {
    @Test
    void childRunsTheTrainCommandOfThisClassPathAndReportsIntoTheGivenFile() {
        Path out = Path.of("/tmp/o"), report = Path.of("/tmp/o/peak");
        List<String> command = TrainingRunMemory.command(2, Path.of("/data/mnist"), out, report);
        int main = command.indexOf(HyperlabCommand.class.getName());
        assertTrue(main > 0, command.toString());
        assertEquals(List.of("train", "--epochs", "2", "--batch-size", "128", "--seed", "1", "--out", "/tmp/o",
                "--data-dir", "/data/mnist"), command.subList(main + 1, command.size()));
        assertTrue(command.contains("-D" + TrainingRunMemory.REPORT_PROPERTY + "=/tmp/o/peak"), command.toString());
        assertEquals(System.getProperty("java.class.path"), command.get(command.indexOf("-cp") + 1));
    }

    @Test
    void withoutDataDirectoryTheChildUsesTheStandardCopy() {
        List<String> command = TrainingRunMemory.command(1, null, Path.of("/tmp/o"), Path.of("/tmp/o/peak"));
        assertTrue(!command.contains("--data-dir"), command.toString());
        assertEquals("/tmp/o", command.get(command.size() - 1));
    }
}
