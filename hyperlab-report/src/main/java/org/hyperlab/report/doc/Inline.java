package org.hyperlab.report.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * The inline markup of report text: {@code `code`} and {@code **bold**}, nothing else. Everything outside
 * those spans is literal text that each renderer escapes for its format. An unmatched marker is literal.
 */
final class Inline {
    /** Kinds of span. */
    enum Kind { TEXT, CODE, BOLD }

    /** A run of text of one kind. */
    record Span(Kind kind, String text) {
    }

    private Inline() {
    }

    static List<Span> parse(String text) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '`') {
                int end = text.indexOf('`', i + 1);
                if (end > i + 1) {
                    flush(plain, spans);
                    spans.add(new Span(Kind.CODE, text.substring(i + 1, end)));
                    i = end + 1;
                    continue;
                }
            } else if (text.startsWith("**", i)) {
                int end = text.indexOf("**", i + 2);
                if (end > i + 2) {
                    flush(plain, spans);
                    spans.add(new Span(Kind.BOLD, text.substring(i + 2, end)));
                    i = end + 2;
                    continue;
                }
            }
            plain.append(text.charAt(i));
            i++;
        }
        flush(plain, spans);
        return spans;
    }

    private static void flush(StringBuilder plain, List<Span> spans) {
        if (plain.length() > 0) {
            spans.add(new Span(Kind.TEXT, plain.toString()));
            plain.setLength(0);
        }
    }
}
