package org.hyperlab.report.doc;

import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Renders a {@link Report} as one self-contained HTML5 page: inline CSS, no scripts, no external resources.
 * Figures are embedded as PNG data URIs, so {@code index.html} alone can be mailed or uploaded and still shows
 * every figure; each figure also links to its SVG and CSV files beside the page.
 */
public final class HtmlRenderer {
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#222;\
            background:#fff;max-width:980px;margin:2em auto;padding:0 1.2em;line-height:1.55}
            h1{font-size:1.9em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
            h3{margin-top:1.6em}nav ul{columns:2;list-style:none;padding-left:0}code,pre{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;\
            font-size:.9em}code{background:#f3f3f3;padding:.05em .3em;border-radius:3px}
            pre{background:#f6f8fa;border:1px solid #e1e4e8;padding:.8em 1em;overflow-x:auto;border-radius:4px}
            table{border-collapse:collapse;margin:1em 0;font-size:.93em}th,td{border:1px solid #ccc;\
            padding:.3em .65em;text-align:left;vertical-align:top}th{background:#f2f4f7}
            tr.chosen td{background:#ffe9e9;font-weight:600}caption{caption-side:top;text-align:left;\
            padding-bottom:.4em;font-weight:600}figure{margin:1.5em 0}figure img{max-width:100%;height:auto;\
            border:1px solid #eee}figcaption{font-size:.92em;color:#444}.lead{font-size:1.08em;color:#333}
            """;

    private HtmlRenderer() {
    }

    /**
     * The HTML page of a report.
     *
     * @param png the PNG bytes of each figure (embedded as data URIs)
     */
    public static String render(Report report, Function<Figure, byte[]> png) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(report.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(report.title())).append("</h1>\n");
        if (!report.lead().isEmpty()) {
            h.append("<p class=\"lead\">").append(inline(report.lead())).append("</p>\n");
        }
        if (report.sections().size() > 1) {
            h.append("<nav><ul>\n");
            for (Section s : report.sections()) {
                h.append("<li><a href=\"#").append(s.id()).append("\">").append(escape(s.heading()))
                        .append("</a></li>\n");
            }
            h.append("</ul></nav>\n");
        }
        int[] figureNumber = {0};
        for (Section s : report.sections()) {
            section(h, s, 2, figureNumber, png);
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void section(StringBuilder h, Section s, int level, int[] figureNumber,
                                Function<Figure, byte[]> png) {
        int l = Math.min(level, 6);
        h.append("<section id=\"").append(s.id()).append("\">\n<h").append(l).append('>')
                .append(escape(s.heading())).append("</h").append(l).append(">\n");
        for (Block b : s.blocks()) {
            if (b instanceof Section sub) {
                section(h, sub, level + 1, figureNumber, png);
            } else if (b instanceof Paragraph p) {
                h.append("<p>").append(inline(p.text())).append("</p>\n");
            } else if (b instanceof BulletList list) {
                h.append("<ul>\n");
                for (String item : list.items()) {
                    h.append("<li>").append(inline(item)).append("</li>\n");
                }
                h.append("</ul>\n");
            } else if (b instanceof CodeBlock c) {
                h.append("<pre><code>").append(escape(c.text())).append("</code></pre>\n");
            } else if (b instanceof Table t) {
                table(h, t);
            } else if (b instanceof Figure f) {
                figureNumber[0]++;
                String data = Base64.getEncoder().encodeToString(png.apply(f));
                h.append("<figure>\n<img src=\"data:image/png;base64,").append(data).append("\" width=\"")
                        .append(f.width()).append("\" height=\"").append(f.height()).append("\" alt=\"")
                        .append(escape(f.caption())).append("\">\n<figcaption>Figure ").append(figureNumber[0])
                        .append(". ").append(inline(f.caption())).append(" (<a href=\"").append(f.svgPath())
                        .append("\">SVG</a>, <a href=\"").append(f.csvPath()).append("\">data</a>)</figcaption>\n")
                        .append("</figure>\n");
            }
        }
        h.append("</section>\n");
    }

    private static void table(StringBuilder h, Table t) {
        h.append("<table>\n");
        if (!t.caption().isEmpty()) {
            h.append("<caption>").append(inline(t.caption())).append("</caption>\n");
        }
        h.append("<thead><tr>");
        cells(h, t.header(), "th");
        h.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            h.append(r == t.highlight() ? "<tr class=\"chosen\">" : "<tr>");
            cells(h, t.rows().get(r), "td");
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void cells(StringBuilder h, List<String> cells, String tag) {
        for (String c : cells) {
            h.append('<').append(tag).append('>').append(inline(c)).append("</").append(tag).append('>');
        }
    }

    /** HTML for text with inline markup: literal text escaped, code and bold spans as elements. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        for (Inline.Span span : Inline.parse(text)) {
            switch (span.kind()) {
                case TEXT -> out.append(escape(span.text()));
                case BOLD -> out.append("<strong>").append(escape(span.text())).append("</strong>");
                case CODE -> out.append("<code>").append(escape(span.text())).append("</code>");
            }
        }
        return out.toString().replace("\n", "<br>\n");
    }

    /** Escapes the five characters that are special in HTML text and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
