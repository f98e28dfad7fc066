package org.hyperlab.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartRendererTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path dir;

    static LineChart sample() {
        return LineChart.builder("Training and validation loss", "epoch", "J")
                .line("training loss", new double[] {1, 2, 3, 4}, new double[] {0.9, 0.5, 0.4, 0.35})
                .series(new Series("validation loss", new double[] {1, 2, 3}, new double[] {1.0, 0.6, 0.55},
                        Series.Style.DASHED))
                .marker(2, 0.6, "best epoch 2")
                .best(3, 0.55, "chosen")
                .note("final w = 2.9999, J = −2.2500")
                .build();
    }

    static BufferedImage decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image != null, "ImageIO could not decode the PNG");
        return image;
    }

    static Document parseXml(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pngHasTheMagicBytesAndDecodesToTheRequestedSize() throws Exception {
        Path png = dir.resolve("loss.png");
        ChartRenderer.writePng(sample(), png, 640, 400);
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(bytes, 8));
        BufferedImage image = decode(bytes);
        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
    }

    @Test
    void defaultSizeIs900By560WithAWhiteCornerAndSomethingDrawn() throws Exception {
        Path png = dir.resolve("default.png");
        ChartRenderer.writePng(sample(), png);
        BufferedImage image = decode(Files.readAllBytes(png));
        assertEquals(900, image.getWidth());
        assertEquals(560, image.getHeight());
        assertEquals(0xFFFFFF, image.getRGB(1, 1) & 0xFFFFFF, "background is white");
        long colored = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int b = rgb & 0xFF;
                if (b > r + 60) {
                    colored++; // the blue first series
                }
            }
        }
        assertTrue(colored > 50, "the first (blue) series is drawn: " + colored + " bluish samples");
    }

    @Test
    void svgParsesAsXmlAndNamesEverySeriesAndTheNote() throws Exception {
        Path svg = dir.resolve("loss.svg");
        ChartRenderer.writeSvg(sample(), svg);
        String text = Files.readString(svg);
        Document doc = parseXml(text);
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals(900.0, Double.parseDouble(doc.getDocumentElement().getAttribute("width")));
        assertTrue(text.contains("training loss"));
        assertTrue(text.contains("validation loss"));
        assertTrue(text.contains("best epoch 2"));
        assertTrue(text.contains("final w = 2.9999"));
        assertTrue(text.contains("Training and validation loss"));
    }

    @Test
    void nonFiniteValuesAndNonPositiveValuesOnALogAxisAreSkippedNotFatal() throws Exception {
        LineChart diverged = LineChart.builder("w0 = 0.2, lr = 5", "epoch", "J")
                .line("J", new double[] {0, 1, 2, 3, 4}, new double[] {0.05, -1, 1e30, Double.POSITIVE_INFINITY, Double.NaN})
                .marker(Double.NaN, 1, "nowhere")
                .note("diverged at epoch 3")
                .logY()
                .build();
        BufferedImage image = decode(ChartRenderer.png(diverged, 300, 200));
        assertEquals(300, image.getWidth());
        LineChart empty = LineChart.builder("nothing finite", "x", "y")
                .line("J", new double[] {Double.NaN}, new double[] {Double.NaN}).build();
        assertEquals(200, decode(ChartRenderer.png(empty, 300, 200)).getHeight());
        parseXml(ChartRenderer.svg(empty, 300, 200));
    }

    @Test
    void gridOfFourRendersEveryPanelTitle() throws Exception {
        List<Chart> panels = List.of(
                LineChart.builder("w0 = -1", "epoch", "J").line("J", new double[] {0, 1}, new double[] {3, 1}).build(),
                LineChart.builder("w0 = 0.2", "epoch", "J").line("J", new double[] {0, 1}, new double[] {3, 1}).build(),
                LineChart.builder("w0 = 0.9", "epoch", "J").line("J", new double[] {0, 1}, new double[] {3, 1}).build(),
                LineChart.builder("w0 = 4", "epoch", "J").line("J", new double[] {0}, new double[] {3}).build());
        ChartGrid grid = ChartGrid.of("Initialization", panels);
        String svg = ChartRenderer.svg(grid, 900, 700);
        parseXml(svg);
        for (String t : List.of("Initialization", "w0 = -1", "w0 = 0.2", "w0 = 0.9", "w0 = 4")) {
            assertTrue(svg.contains(t), "grid SVG lacks " + t);
        }
        BufferedImage image = decode(ChartRenderer.png(grid, 900, 700));
        assertEquals(700, image.getHeight());
    }

    @Test
    void absurdSizesAreRejectedAndNothingIsWritten() {
        Path png = dir.resolve("tiny.png");
        assertThrows(IllegalArgumentException.class, () -> ChartRenderer.writePng(sample(), png, 0, 10));
        assertFalse(Files.exists(png));
    }

    @Test
    void theSameChartGivesTheSameBytes() {
        assertEquals(ChartRenderer.svg(sample(), 400, 300), ChartRenderer.svg(sample(), 400, 300));
        assertArrayEquals(ChartRenderer.png(sample(), 400, 300), ChartRenderer.png(sample(), 400, 300));
    }

    @Test
    void pngAndSvgFromTheSameChartObjectsAreTheFilesOfSeparateDrawings() throws Exception {
        ChartGrid grid = ChartGrid.of("two panels", List.of(sample(), sample()));
        for (Chart chart : List.of(sample(), grid)) {
            ChartRenderer.writePngAndSvg(chart, dir.resolve("both.png"), dir.resolve("both.svg"), 640, 420);
            assertArrayEquals(ChartRenderer.png(chart, 640, 420), Files.readAllBytes(dir.resolve("both.png")));
            assertEquals(ChartRenderer.svg(chart, 640, 420), Files.readString(dir.resolve("both.svg")));
        }
    }
}
