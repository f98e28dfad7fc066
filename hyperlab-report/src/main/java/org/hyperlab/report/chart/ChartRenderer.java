package org.hyperlab.report.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.hyperlab.core.io.AtomicFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders {@link Chart} specs to PNG (the JDK's ImageIO writer) and SVG files with JFreeChart (and JFreeSVG), headless, writing each file
 * atomically. Values that cannot be drawn (NaN, ±∞, non-positive on a log axis) are skipped.
 */
public final class ChartRenderer {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartRenderer() {
    }

    /** Writes a PNG of {@code width}×{@code height} pixels. */
    public static void writePng(Chart chart, Path path, int width, int height) {
        AtomicFiles.write(path, png(chart, width, height));
    }

    /** Writes a PNG of the default size (900×560). */
    public static void writePng(Chart chart, Path path) {
        writePng(chart, path, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /** Writes an SVG of {@code width}×{@code height} user units. */
    public static void writeSvg(Chart chart, Path path, int width, int height) {
        AtomicFiles.writeString(path, svg(chart, width, height));
    }

    /** Writes an SVG of the default size (900×560). */
    public static void writeSvg(Chart chart, Path path) {
        writeSvg(chart, path, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /**
     * Writes a PNG of {@code width}×{@code height} pixels and an SVG of the same size, building the chart's
     * JFreeChart objects once for both (the same files as {@link #writePng} and {@link #writeSvg}).
     */
    public static void writePngAndSvg(Chart chart, Path png, Path svg, int width, int height) {
        Drawing drawing = prepare(chart);
        AtomicFiles.write(png, png(drawing, width, height));
        AtomicFiles.writeString(svg, svg(drawing, width, height));
    }

    /** {@link #writePngAndSvg} at the default size (900×560). */
    public static void writePngAndSvg(Chart chart, Path png, Path svg) {
        writePngAndSvg(chart, png, svg, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /** The PNG bytes of a chart. */
    public static byte[] png(Chart chart, int width, int height) {
        return png(prepare(chart), width, height);
    }

    private static byte[] png(Drawing drawing, int width, int height) {
        checkSize(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            drawing.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // an in-memory stream: ImageIO.write(image, "png", out) would buffer through a temporary file (same bytes)
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(image, "png", stream)) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The SVG document of a chart. */
    public static String svg(Chart chart, int width, int height) {
        return svg(prepare(chart), width, height);
    }

    private static String svg(Drawing drawing, int width, int height) {
        checkSize(width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("hl"); // fixed ids: the same chart gives the same bytes (the default uses the clock)
        drawing.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGDocument();
    }

    /** Draws a chart into an area of any Graphics2D. */
    public static void draw(Chart chart, Graphics2D g2, Rectangle2D area) {
        prepare(chart).draw(g2, area);
    }

    /** A chart turned into JFreeChart objects, ready to be drawn (any number of times, on one thread at a time). */
    private interface Drawing {
        void draw(Graphics2D g2, Rectangle2D area);
    }

    private static Drawing prepare(Chart chart) {
        if (chart instanceof ChartGrid grid) {
            double scale = grid.columns() <= 2 ? 0.85 : 0.75;
            List<JFreeChart> panels = new ArrayList<>();
            for (Chart c : grid.panels()) {
                JFreeChart panel = toJFreeChart(c, scale);
                panel.setPadding(new RectangleInsets(4, 6, 6, 8));
                panels.add(panel);
            }
            return (g2, area) -> {
                fillBackground(g2, area);
                drawGrid(grid, panels, g2, area);
            };
        }
        JFreeChart jfree = toJFreeChart(chart, 1.0);
        return (g2, area) -> {
            fillBackground(g2, area);
            jfree.draw(g2, area);
        };
    }

    private static void fillBackground(Graphics2D g2, Rectangle2D area) {
        g2.setPaint(ChartStyle.BACKGROUND);
        g2.fill(area);
    }

    static JFreeChart toJFreeChart(Chart chart, double fontScale) {
        if (chart instanceof LineChart c) {
            return LineChartFactory.create(c, fontScale);
        } else if (chart instanceof HeatMap c) {
            return HeatMapFactory.create(c, fontScale);
        } else if (chart instanceof BarChart c) {
            return BarChartFactory.create(c, fontScale);
        } else if (chart instanceof ParallelCoordinates c) {
            return ParallelCoordinatesFactory.create(c, fontScale);
        }
        throw new IllegalArgumentException("grids are drawn panel by panel, not as one JFreeChart");
    }

    private static void drawGrid(ChartGrid grid, List<JFreeChart> panels, Graphics2D g2, Rectangle2D area) {
        double top = area.getY();
        if (!grid.title().isEmpty()) {
            g2.setFont(ChartStyle.TITLE);
            g2.setPaint(ChartStyle.TEXT);
            var metrics = g2.getFontMetrics();
            int textWidth = metrics.stringWidth(grid.title());
            float x = (float) (area.getCenterX() - textWidth / 2.0);
            g2.drawString(grid.title(), x, (float) (top + 8 + metrics.getAscent()));
            top += metrics.getHeight() + 14;
        }
        int rows = grid.rows();
        int cols = grid.columns();
        double cellW = area.getWidth() / cols;
        double cellH = (area.getMaxY() - top) / rows;
        for (int i = 0; i < panels.size(); i++) {
            Rectangle2D cell = new Rectangle2D.Double(area.getX() + (i % cols) * cellW, top + (i / cols) * cellH,
                    cellW, cellH);
            panels.get(i).draw(g2, cell);
        }
    }

    private static void checkSize(int width, int height) {
        if (width < 50 || height < 50 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException("figure size must be 50..10000 pixels per side, got " + width + "x" + height);
        }
    }
}
