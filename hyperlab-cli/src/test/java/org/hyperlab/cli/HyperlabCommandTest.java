package org.hyperlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HyperlabCommandTest {
    @Test
    void helpListsUsageAndExitsZero() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: hyperlab"), run.out());
    }

    @Test
    void versionPrintsProjectVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("hyperlab "), run.out());
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of("--no-such-flag");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("--no-such-flag"), run.err());
    }

    @Test
    void onlyShortDrawingCommandsWarmTheRendererUp() {
        assertTrue(HyperlabCommand.willDraw(new String[] {"descend", "--preset", "initialization", "--json"}));
        assertTrue(HyperlabCommand.willDraw(new String[] {"objective"}));
        assertEquals(false, HyperlabCommand.willDraw(new String[] {"descend", "--help"}));
        assertEquals(false, HyperlabCommand.willDraw(new String[] {"objective", "-V"}));
        assertEquals(false, HyperlabCommand.willDraw(new String[] {"theory"}));
        assertEquals(false, HyperlabCommand.willDraw(new String[] {"--json", "descend"}));
        assertEquals(false, HyperlabCommand.willDraw(new String[0]));
    }

    @Test
    void theWrittenOutNamesAreTheAnnotatedOnes() {
        HyperlabCommand.BY_NAME.forEach((name, c) ->
                assertEquals(name, c.getAnnotation(CommandLine.Command.class).name(), c.getName()));
    }

    @Test
    void helpListsEverySubcommandInOrder() {
        List<String> names = List.copyOf(HyperlabCommand.commandLine().getSubcommands().keySet());
        assertEquals(List.of("help", "assignment", "data", "train", "theory", "objective", "descend", "evaluate",
                "bench", "sweep", "lr-find", "dashboard"), names);
        String help = CliRun.of("--help").out();
        assertTrue(help.indexOf("descend") < help.indexOf("evaluate") && help.contains("lr-find"), help);
    }

    @Test
    void mainRegistersOnlyTheNamedSubcommand() {
        assertEquals(Set.of("descend"),
                HyperlabCommand.commandLineFor(new String[] {"descend", "--json"}).getSubcommands().keySet());
        assertEquals(Set.of("sweep"),
                HyperlabCommand.commandLineFor(new String[] {"sweep", "run"}).getSubcommands().keySet());
    }

    @Test
    void aLoneVersionFlagNeedsNoSubcommandAndStillPrintsTheVersion() {
        CommandLine cl = HyperlabCommand.commandLineFor(new String[] {"--version"});
        assertEquals(0, cl.getSubcommands().size());
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        assertEquals(0, cl.execute("--version"));
        assertTrue(out.toString().startsWith("hyperlab "), out.toString());
    }

    @Test
    void mainRegistersEverySubcommandForHelpOptionsAndTypos() {
        int all = HyperlabCommand.SUBCOMMANDS.size();
        assertEquals(all, HyperlabCommand.commandLineFor(new String[0]).getSubcommands().size());
        assertEquals(all, HyperlabCommand.commandLineFor(new String[] {"help", "descend"}).getSubcommands().size());
        assertEquals(all, HyperlabCommand.commandLineFor(new String[] {"--version", "descend"}).getSubcommands().size());
        assertEquals(all, HyperlabCommand.commandLineFor(new String[] {"descnd"}).getSubcommands().size());
    }
}
