package org.hyperlab.report.doc;

import java.util.List;

/**
 * Renders a {@link Report} as CommonMark/GitHub Markdown: ATX headings, escaped text, pipe tables (the
 * highlighted row in bold), fenced code, and each figure as a relative image link to its PNG with links to its
 * SVG and CSV.
 */
public final class MarkdownRenderer {
    private static final String SPECIAL = "\\`*_[]<>|#";

    private MarkdownRenderer() {
    }

    /** The Markdown text of a report. */
    public static String render(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(report.title())).append("\n\n");
        if (!report.lead().isEmpty()) {
            md.append(inline(report.lead())).append("\n\n");
        }
        if (report.sections().size() > 1) {
            md.append("**Contents**\n\n");
            for (Section s : report.sections()) {
                md.append("- [").append(escape(s.heading())).append("](#").append(s.id()).append(")\n");
            }
            md.append('\n');
        }
        int[] figureNumber = {0};
        for (Section s : report.sections()) {
            section(md, s, 2, figureNumber);
        }
        return md.toString();
    }

    private static void section(StringBuilder md, Section s, int level, int[] figureNumber) {
        md.append("<a id=\"").append(s.id()).append("\"></a>\n\n");
        md.append("#".repeat(Math.min(level, 6))).append(' ').append(escape(s.heading())).append("\n\n");
        for (Block b : s.blocks()) {
            if (b instanceof Section sub) {
                section(md, sub, level + 1, figureNumber);
            } else if (b instanceof Paragraph p) {
                md.append(inline(p.text())).append("\n\n");
            } else if (b instanceof BulletList l) {
                for (String item : l.items()) {
                    md.append("- ").append(inline(item).replace("\n", " ")).append('\n');
                }
                md.append('\n');
            } else if (b instanceof CodeBlock c) {
                String fence = c.text().contains("```") ? "~~~~" : "```";
                md.append(fence).append(c.language()).append('\n').append(c.text());
                if (!c.text().endsWith("\n")) {
                    md.append('\n');
                }
                md.append(fence).append("\n\n");
            } else if (b instanceof Table t) {
                table(md, t);
            } else if (b instanceof Figure f) {
                figureNumber[0]++;
                md.append("![").append(escape(f.caption()).replace("\n", " ")).append("](").append(f.pngPath())
                        .append(")\n\n");
                md.append("*Figure ").append(figureNumber[0]).append(". ").append(inline(f.caption()))
                        .append("* ([SVG](").append(f.svgPath()).append("), [data](").append(f.csvPath())
                        .append("))\n\n");
            }
        }
    }

    private static void table(StringBuilder md, Table t) {
        if (!t.caption().isEmpty()) {
            md.append(inline(t.caption())).append("\n\n");
        }
        row(md, t.header(), false);
        md.append('|');
        for (int i = 0; i < t.header().size(); i++) {
            md.append(" --- |");
        }
        md.append('\n');
        for (int r = 0; r < t.rows().size(); r++) {
            row(md, t.rows().get(r), r == t.highlight());
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, List<String> cells, boolean bold) {
        md.append('|');
        for (String cell : cells) {
            String text = inline(cell, false).replace("\n", " ");
            md.append(' ').append(bold && !text.isBlank() ? "**" + text + "**" : text).append(" |");
        }
        md.append('\n');
    }

    /** Markdown for text with inline markup: literal text escaped, code and bold spans kept. */
    static String inline(String text) {
        return inline(text, true);
    }

    /** As {@link #inline(String)}; {@code blockStart} false inside table cells, where "-" or "+" start nothing. */
    static String inline(String text, boolean blockStart) {
        StringBuilder out = new StringBuilder();
        for (Inline.Span span : Inline.parse(text)) {
            switch (span.kind()) {
                case TEXT -> out.append(escape(span.text(), blockStart));
                case BOLD -> out.append("**").append(escape(span.text(), blockStart)).append("**");
                case CODE -> {
                    String ticks = span.text().contains("`") ? "``" : "`";
                    out.append(ticks).append(span.text().replace("|", "\\|")).append(ticks);
                }
            }
        }
        return out.toString();
    }

    /** Backslash-escapes Markdown's special characters so text always shows literally. */
    public static String escape(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean lineStartRules) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineStart = lineStartRules && (i == 0 || text.charAt(i - 1) == '\n');
            if (SPECIAL.indexOf(c) >= 0 || (lineStart && (c == '-' || c == '+' || c == '=' || c == '!'))) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
