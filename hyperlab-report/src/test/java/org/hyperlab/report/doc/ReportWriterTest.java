package org.hyperlab.report.doc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hyperlab.report.chart.HeatMap;
import org.hyperlab.report.chart.LineChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path dir;

    /** A small report exercising every block kind, with text that needs escaping in both formats. */
    static Report sample() {
        LineChart loss = LineChart.builder("Loss", "epoch", "J")
                .line("training", new double[] {1, 2, 3}, new double[] {0.9, 0.5, Double.NaN}).build();
        HeatMap cm = HeatMap.confusionMatrix("Confusion", new long[][] {{5, 1}, {2, 7}}, List.of("0", "1"));
        Table table = Table.builder("lr-table", "Learning rates | compared", "lr", "validation J")
                .row("1e-4", "0.31").highlightedRow("1e-3", "0.27").row("1e-2", "0.29 <best?>").row("-23", "-x").build();
        return new Report("Study of J(w) & <friends>", "Lead with `code` and **bold**.", List.of(
                Section.of("theory", "1. Theory",
                        new Paragraph("x < y & a*b_c [link](http://x) | pipe"),
                        BulletList.of("first *item*", "second `a|b`"),
                        new CodeBlock("sh", "./hyperlab assignment --seed 7 <in >out\n")),
                Section.of("mnist", "6. MNIST",
                        Figure.of("loss", "Training loss & <validation>", loss),
                        table,
                        Section.of("cm", "Confusion", Figure.of("confusion", "Confusion matrix", cm)))));
    }

    @Test
    void writesFiguresDataMarkdownAndHtml() throws Exception {
        Path index = ReportWriter.write(sample(), dir);
        assertEquals(dir.resolve("index.html"), index);
        for (String f : List.of("figures/loss.png", "figures/loss.svg", "data/loss.csv", "figures/confusion.png",
                "figures/confusion.svg", "data/confusion.csv", "data/lr-table.csv", "report.md", "index.html")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f + " written");
        }
        String csv = Files.readString(dir.resolve("data/loss.csv"));
        assertTrue(csv.startsWith("series,x,y,label\n"));
        assertTrue(csv.contains("training,3,NaN,"), "non-finite values stay on record: " + csv);
        assertEquals("lr,validation J\n1e-4,0.31\n1e-3,0.27\n1e-2,0.29 <best?>\n-23,-x\n",
                Files.readString(dir.resolve("data/lr-table.csv")));
        assertTrue(Files.readString(dir.resolve("data/confusion.csv")).contains("\n1,0,2\n"));
    }

    @Test
    void markdownEscapesTextAndLinksEveryFigureRelatively() throws Exception {
        ReportWriter.write(sample(), dir);
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.startsWith("# Study of J(w) & \\<friends\\>\n"));
        assertTrue(md.contains("x \\< y & a\\*b\\_c \\[link\\](http://x) \\| pipe"), md);
        assertTrue(md.contains("Lead with `code` and **bold**."));
        assertTrue(md.contains("- first \\*item\\*"));
        assertTrue(md.contains("```sh\n./hyperlab assignment --seed 7 <in >out\n```"));
        assertTrue(md.contains("\n## 1. Theory\n"));
        assertTrue(md.contains("### Confusion"), "nested section one level deeper");
        assertTrue(md.contains("\n| **1e-3** | **0.27** |\n"), md);
        assertTrue(md.contains("Learning rates \\| compared"));
        assertTrue(md.contains("\n| -23 | -x |\n"), "a leading minus in a cell needs no escape");
        assertTrue(md.contains("- first \\*item\\*"));
        List<String> links = new ArrayList<>();
        Matcher m = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)").matcher(md);
        while (m.find()) {
            links.add(m.group(1));
        }
        assertEquals(List.of("figures/loss.png", "figures/confusion.png"), links);
        for (String link : links) {
            assertTrue(Files.exists(dir.resolve(link)), link);
        }
    }

    @Test
    void htmlIsSelfContainedEscapedAndEmbedsEveryFigureAsAValidPng() throws Exception {
        ReportWriter.write(sample(), dir);
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>Study of J(w) &amp; &lt;friends&gt;</title>"));
        assertTrue(html.contains("<p>x &lt; y &amp; a*b_c [link](http://x) | pipe</p>"));
        assertTrue(html.contains("Lead with <code>code</code> and <strong>bold</strong>."));
        assertTrue(html.contains("<tr class=\"chosen\"><td>1e-3</td><td>0.27</td></tr>"));
        assertTrue(html.contains("<td>0.29 &lt;best?&gt;</td>"));
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no external resources");
        Matcher m = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        List<String> figures = List.of("loss", "confusion");
        int i = 0;
        while (m.find()) {
            byte[] embedded = Base64.getDecoder().decode(m.group(1));
            assertArrayEquals(Files.readAllBytes(dir.resolve("figures/" + figures.get(i) + ".png")), embedded);
            i++;
        }
        assertEquals(2, i, "every figure embedded");
        assertTrue(html.contains("<a href=\"figures/loss.svg\">SVG</a>"));
        assertTrue(html.contains("<a href=\"#mnist\">6. MNIST</a>"));
    }

    @Test
    void inlineMarkupLeavesUnmatchedMarkersLiteral() {
        assertEquals("a \\*\\*b", MarkdownRenderer.inline("a **b"));
        assertEquals("a `b", HtmlRenderer.inline("a `b"));
        assertEquals("<code>&lt;x&gt;</code>", HtmlRenderer.inline("`<x>`"));
    }

    @Test
    void csvQuotesFieldsThatNeedIt() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\"\n", Csv.line(List.of("a", "b,c", "say \"hi\"")));
        assertEquals("0.1", Csv.number(0.1));
        assertEquals("3", Csv.number(3.0));
        assertEquals("-Infinity", Csv.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void duplicateNamesAndBadTablesAreRejected() {
        LineChart c = LineChart.builder("c", "x", "y").build();
        assertThrows(IllegalArgumentException.class, () -> new Report("r", "", List.of(
                Section.of("a", "A", Figure.of("f", "one", c)), Section.of("b", "B", Figure.of("f", "two", c)))));
        assertThrows(IllegalArgumentException.class, () -> new Report("r", "", List.of(
                Section.of("a", "A"), Section.of("a", "again"))));
        assertThrows(IllegalArgumentException.class, () -> Table.builder("t", "", "a", "b").row("only one").build());
        assertThrows(IllegalArgumentException.class, () -> Figure.of("../escape", "x", c));
        assertThrows(IllegalArgumentException.class, () -> Section.of("Has Space", "x"));
    }
}
