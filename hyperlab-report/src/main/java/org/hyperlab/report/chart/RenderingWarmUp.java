package org.hyperlab.report.chart;

import java.util.List;

/**
 * Starts the renderer's one-time costs early, on a background thread: loading Java2D, the font system,
 * JFreeChart, JFreeSVG and the PNG writer takes ~0.4 s of class loading and initialization in a fresh JVM, whoever
 * draws first. A command that will draw calls {@link #start} first thing, so that this overlaps its argument
 * parsing and computation; the real figures then find everything initialized (a figure drawn while the warm-up
 * still runs waits for the class initialization in progress instead of repeating it).
 *
 * <p>The warm-up draws one small throw-away chart (title, line with points, a labelled marker, a note, a log
 * axis, and a grid title) to PNG and SVG in memory, writes no file and prints nothing; a failure, even an
 * {@link Error} such as Java2D's when no font is usable, is ignored (the real figure reports it).
 */
public final class RenderingWarmUp {
    private RenderingWarmUp() {
    }

    /** Starts the warm-up on a daemon thread (it never keeps the JVM alive) and returns at once. */
    public static void start() {
        Thread t = new Thread(RenderingWarmUp::run, "hyperlab-rendering-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Draws the throw-away chart to PNG and SVG; returns false when drawing failed (nothing is thrown). */
    static boolean run() {
        try {
            double[] x = {0, 1, 2, 3};
            LineChart panel = LineChart.builder("warm-up, w0 = 0.2", "epoch", "J(w) (log scale)")
                    .series(new Series("J", x, new double[] {1, 10, 100, 1000}, Series.Style.LINE_AND_POINTS))
                    .legend(false)
                    .marker(3, 1000, "final")
                    .note(new Note("final w = 1\nsgd", Note.Corner.TOP_LEFT))
                    .logY()
                    .build();
            ChartGrid grid = new ChartGrid("warm-up", 1, List.of(panel));
            ChartRenderer.png(grid, 160, 120);
            ChartRenderer.svg(grid, 160, 120);
            return true;
        } catch (RuntimeException | Error e) {
            // e.g. no usable font in a bare container: the real figure fails the same way and reports it; an
            // uncaught error here would print a stack trace even for a command that never gets to draw
            return false;
        }
    }
}
