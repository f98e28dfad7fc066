import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * A practical floor for the start-up of {@code ./hyperlab descend --preset initialization --json}: a process that does
 * nothing but draw five plain 900×560 JFreeChart line charts of 101 points each and write each as PNG (the JDK's
 * ImageIO writer) and SVG (JFreeSVG), the five split over two threads as the command splits its figures. No
 * command line parsing, no descents, no annotations, legends, JSON or CSV. Run by {@code chart-startup.sh}, which
 * gives it its own class-data archive and the launcher's {@code -XX:TieredStopAtLevel=1}.
 *
 * <p>Usage: {@code java -cp hyperlab.jar:. ChartStartup OUT_DIR}
 */
public final class ChartStartup {
    private static final int FIGURES = 5;

    private ChartStartup() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: ChartStartup OUT_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Thread second = new Thread(() -> drawFigures(out, 1));
        second.start();
        drawFigures(out, 0);
        second.join();
    }

    /** Figures first, first + 2, first + 4, ... */
    private static void drawFigures(Path out, int first) {
        for (int k = first; k < FIGURES; k += 2) {
            XYSeries loss = new XYSeries("J(w)");
            for (int epoch = 0; epoch <= 100; epoch++) {
                loss.add(epoch, Math.exp(-epoch / (10.0 + k)));
            }
            JFreeChart chart = ChartFactory.createXYLineChart("Figure " + k, "epoch", "J(w)",
                    new XYSeriesCollection(loss));
            try {
                BufferedImage image = chart.createBufferedImage(900, 560);
                ImageIO.write(image, "png", new File(out.toFile(), "figure-" + k + ".png"));
                SVGGraphics2D svg = new SVGGraphics2D(900, 560);
                chart.draw(svg, new Rectangle(0, 0, 900, 560));
                Files.writeString(out.resolve("figure-" + k + ".svg"), svg.getSVGDocument());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
