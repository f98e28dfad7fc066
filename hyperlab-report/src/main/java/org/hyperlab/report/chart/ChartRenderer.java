package org.hyperlab.report.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.hyperlab.core.io.AtomicFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders {@link Chart} specs to PNG ({@link PngEncoder}) and SVG files with JFreeChart (and JFreeSVG), headless, writing each file
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

    /** The PNG bytes of a chart. */
    public static byte[] png(Chart chart, int width, int height) {
        checkSize(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            draw(chart, g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return PngEncoder.encode(image);
    }

    /** The SVG document of a chart. */
    public static String svg(Chart chart, int width, int height) {
        checkSize(width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("hl"); // fixed ids: the same chart gives the same bytes (the default uses the clock)
        draw(chart, g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGDocument();
    }

    /** Draws a chart into an area of any Graphics2D. */
    public static void draw(Chart chart, Graphics2D g2, Rectangle2D area) {
        g2.setPaint(ChartStyle.BACKGROUND);
        g2.fill(area);
        if (chart instanceof ChartGrid grid) {
            drawGrid(grid, g2, area);
        } else {
            toJFreeChart(chart, 1.0).draw(g2, area);
        }
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

    private static void drawGrid(ChartGrid grid, Graphics2D g2, Rectangle2D area) {
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
        double scale = cols <= 2 ? 0.85 : 0.75;
        for (int i = 0; i < grid.panels().size(); i++) {
            Rectangle2D cell = new Rectangle2D.Double(area.getX() + (i % cols) * cellW, top + (i / cols) * cellH,
                    cellW, cellH);
            JFreeChart panel = toJFreeChart(grid.panels().get(i), scale);
            panel.setPadding(new RectangleInsets(4, 6, 6, 8));
            panel.draw(g2, cell);
        }
    }

    private static void checkSize(int width, int height) {
        if (width < 50 || height < 50 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException("figure size must be 50..10000 pixels per side, got " + width + "x" + height);
        }
    }
}
