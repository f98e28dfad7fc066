package org.hyperlab.report.doc;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hyperlab.core.io.AtomicFiles;
import org.hyperlab.report.chart.ChartRenderer;

/**
 * Writes a report into a directory: {@code figures/<name>.png|.svg}, {@code data/<name>.csv} for every figure
 * and named table, then {@code report.md} (relative image links) and {@code index.html} (self-contained, PNGs
 * embedded), each file atomically. The page files come last, so a page never links a missing figure.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** Writes everything; returns the path of {@code index.html}. */
    public static Path write(Report report, Path dir) {
        Map<String, byte[]> pngs = new ConcurrentHashMap<>();
        // figures are independent: render them on all cores (each chart's bytes do not depend on the order)
        report.figures().parallelStream().forEach(f -> {
            byte[] png = ChartRenderer.png(f.chart(), f.width(), f.height());
            pngs.put(f.name(), png);
            AtomicFiles.write(dir.resolve(f.pngPath()), png);
            AtomicFiles.writeString(dir.resolve(f.svgPath()), ChartRenderer.svg(f.chart(), f.width(), f.height()));
            AtomicFiles.writeString(dir.resolve(f.csvPath()), ChartData.csv(f.chart()));
        });
        for (Table t : report.tables()) {
            if (!t.name().isEmpty()) {
                AtomicFiles.writeString(dir.resolve("data").resolve(t.name() + ".csv"), Csv.of(t));
            }
        }
        AtomicFiles.writeString(dir.resolve("report.md"), MarkdownRenderer.render(report));
        Path index = dir.resolve("index.html");
        AtomicFiles.writeString(index, HtmlRenderer.render(report, f -> pngs.get(f.name())));
        return index;
    }
}
