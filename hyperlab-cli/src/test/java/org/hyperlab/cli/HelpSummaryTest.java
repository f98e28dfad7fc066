package org.hyperlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command list in the usage help ({@code hyperlab --help}, {@code hyperlab sweep --help}, ...) shows each
 * command's summary whole: the first description (or header) line, one complete sentence ending with a period, not
 * a fragment that the later lines continue.
 */
class HelpSummaryTest {
    @Test
    void everyListedSummaryIsTheWholeFirstDescriptionLineAndOneSentence() {
        assertSummariesWhole(HyperlabCommand.commandLine());
    }

    @Test
    void aSummaryCutMidSentenceIsDetected() {
        @CommandLine.Command(name = "cut", description = {"Measure training speed on MNIST (softmax regression,", "MLP)."})
        class Cut implements Runnable {
            @Override
            public void run() {
            }
        }
        CommandLine cl = new CommandLine(new HyperlabCommand()).addSubcommand(new Cut());
        assertFalse(isSentence(summary(cl.getSubcommands().get("cut").getCommandSpec().usageMessage())));
    }

    private static void assertSummariesWhole(CommandLine cl) {
        if (cl.getSubcommands().isEmpty()) {
            return;
        }
        Map<String, String> listed = listedSummaries(cl);
        assertEquals(cl.getSubcommands().keySet(), listed.keySet(), cl.getCommandName() + "'s command list");
        cl.getSubcommands().forEach((name, sub) -> {
            String summary = summary(sub.getCommandSpec().usageMessage());
            String where = cl.getCommandName() + " " + name;
            assertTrue(isSentence(summary), where + ": summary is not one complete sentence: " + summary);
            // picocli wraps a long summary, possibly inside a word such as "run-N-*.png": compare without spaces
            assertEquals(summary.replaceAll("\\s+", ""), listed.get(name), where + ": summary shown cut");
            assertSummariesWhole(sub);
        });
    }

    /** What picocli lists for a command: its first header line when it has a header, else its first description line. */
    private static String summary(CommandLine.Model.UsageMessageSpec usage) {
        String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
        assertTrue(lines.length > 0, "a command without header or description");
        return lines[0];
    }

    /** Ends with a period and holds no sentence end before it (the later description lines carry the details). */
    private static boolean isSentence(String line) {
        String trimmed = line.strip();
        return trimmed.endsWith(".") && !trimmed.substring(0, trimmed.length() - 1).matches(".*[.;:]\\s.*");
    }

    /** The "Commands:" section of {@code cl}'s usage help: each name with its summary, whitespace removed. */
    private static Map<String, String> listedSummaries(CommandLine cl) {
        StringWriter text = new StringWriter();
        cl.usage(new PrintWriter(text, true), CommandLine.Help.Ansi.OFF);
        Map<String, String> summaries = new LinkedHashMap<>();
        boolean inCommands = false;
        String current = null;
        for (String line : text.toString().split("\n", -1)) {
            if (line.equals("Commands:")) {
                inCommands = true;
            } else if (inCommands && line.isBlank()) {
                break;
            } else if (inCommands && line.matches("  \\S.*")) {
                String[] nameAndSummary = line.strip().split("\\s+", 2);
                current = nameAndSummary[0];
                summaries.put(current, nameAndSummary.length > 1 ? nameAndSummary[1].replaceAll("\\s+", "") : "");
            } else if (inCommands && current != null) {
                summaries.merge(current, line.replaceAll("\\s+", ""), String::concat);
            }
        }
        return summaries;
    }
}
