package org.hyperlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hyperlab.cli.common.ConfigOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

class ConfigFileTest {
    @TempDir
    Path dir;

    /** A tiny command standing in for 'train': it prints the values it ended up with. */
    @Command(name = "tiny", mixinStandardHelpOptions = true)
    static final class Tiny implements Runnable {
        @Mixin ConfigOption config;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Option(names = {"--learning-rate", "--lr"}, defaultValue = "0.001") double lr;
        @Option(names = "--epochs", defaultValue = "10") int epochs;
        @Option(names = "--hidden", split = ",") List<Integer> hidden;
        @Option(names = "--no-zscore") boolean noZscore;
        @Option(names = "--activation", defaultValue = "relu") String activation;

        @Override
        public void run() {
            spec.commandLine().getOut().print("lr=" + lr + " epochs=" + epochs + " hidden=" + hidden
                    + " noZscore=" + noZscore + " activation=" + activation);
        }
    }

    @Command(name = "root", subcommands = Tiny.class)
    static final class Root implements Runnable {
        @Override
        public void run() {
        }
    }

    private static CliRun run(String... args) {
        CommandLine cl = HyperlabCommand.configure(new CommandLine(new Root()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new CliRun(cl.execute(args), out.toString(), err.toString());
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void withoutConfigTheBuiltInDefaultsApply() {
        CliRun r = run("tiny");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("lr=0.001 epochs=10 hidden=null noZscore=false activation=relu", r.out());
    }

    @Test
    void yamlValuesReplaceDefaultsAndFlagsOverrideTheFile() throws IOException {
        Path f = file("c.yaml", "lr: 0.01\nepochs: 5\nhidden: [512, 256]\nno-zscore: true\n");
        CliRun r = run("tiny", "--config", f.toString(), "--epochs", "7");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("lr=0.01 epochs=7 hidden=[512, 256] noZscore=true activation=relu", r.out());
    }

    @Test
    void flagBeforeTheConfigOptionAlsoWins() throws IOException {
        Path f = file("c.yml", "learning-rate: 0.5\n");
        CliRun r = run("tiny", "--lr", "0.2", "--config", f.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("lr=0.2 "), r.out());
    }

    @Test
    void jsonFilesWork() throws IOException {
        Path f = file("c.json", "{\"learning-rate\": 0.25, \"hidden\": [64], \"activation\": \"tanh\"}");
        CliRun r = run("tiny", "--config", f.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("lr=0.25 epochs=10 hidden=[64] noZscore=false activation=tanh", r.out());
    }

    @Test
    void nullAndEmptyListLeaveTheDefault() throws IOException {
        Path f = file("c.json", "{\"lr\": null, \"hidden\": [], \"epochs\": 3}");
        CliRun r = run("tiny", "--config", f.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("lr=0.001 epochs=3 hidden=null noZscore=false activation=relu", r.out());
    }

    @Test
    void emptyFileChangesNothing() throws IOException {
        CliRun r = run("tiny", "--config", file("empty.yaml", "").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("lr=0.001 epochs=10"), r.out());
    }

    private void assertUsageError(CliRun r, String... fragments) {
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        for (String s : fragments) {
            assertTrue(r.err().contains(s), r.err());
        }
    }

    @Test
    void unknownKeyIsAUsageErrorNamingFileAndKey() throws IOException {
        Path f = file("c.yaml", "lr: 0.1\nlearning_rate: 0.2\n");
        assertUsageError(run("tiny", "--config", f.toString()), f.toString(), "unknown key 'learning_rate'",
                "learning-rate");
    }

    @Test
    void twoAliasesOfOneOptionAreAUsageError() throws IOException {
        Path f = file("c.yaml", "lr: 0.1\nlearning-rate: 0.2\n");
        assertUsageError(run("tiny", "--config", f.toString()), "'lr' and 'learning-rate'");
    }

    @Test
    void badValuesAndBadFilesAreUsageErrors() throws IOException {
        assertUsageError(run("tiny", "--config", file("a.yaml", "epochs: many\n").toString()), "many");
        assertUsageError(run("tiny", "--config", file("b.yaml", "epochs: {a: 1}\n").toString()), "found a mapping");
        assertUsageError(run("tiny", "--config", file("c.yaml", "- 1\n- 2\n").toString()), "expected a mapping");
        assertUsageError(run("tiny", "--config", file("d.yaml", "lr: [1\n").toString()), "d.yaml", "not valid YAML");
        assertUsageError(run("tiny", "--config", file("e.json", "{\"lr\": }").toString()), "e.json", "not valid JSON");
        assertUsageError(run("tiny", "--config", file("f.yaml", "lr: 1\nlr: 2\n").toString()), "f.yaml");
        assertUsageError(run("tiny", "--config", file("g.yaml", "config: other.yaml\n").toString()), "unknown key 'config'");
        assertUsageError(run("tiny", "--config", file("h.yaml", "help: true\n").toString()), "unknown key 'help'");
        assertUsageError(run("tiny", "--config", dir.resolve("missing.yaml").toString()), "missing.yaml",
                "file not found");
    }
}
