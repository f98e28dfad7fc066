package org.hyperlab.report.doc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A whole report: a title, an optional lead paragraph and top-level sections. Pure data; {@link ReportWriter}
 * renders it as Markdown and HTML with its figures and data files.
 *
 * @param title    document title
 * @param lead     a short paragraph under the title (may be empty)
 * @param sections the top-level sections
 */
public record Report(String title, String lead, List<Section> sections) {
    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lead, "lead");
        sections = List.copyOf(sections);
        Set<String> names = new HashSet<>();
        for (Figure f : figures(sections)) {
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("two figures are named '" + f.name() + "'");
            }
        }
        for (Table t : tablesOf(sections)) {
            if (!t.name().isEmpty() && !names.add(t.name())) {
                throw new IllegalArgumentException("the data file name '" + t.name() + "' is used twice");
            }
        }
        Set<String> ids = new HashSet<>();
        for (Section s : allSections(sections)) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("two sections have the id '" + s.id() + "'");
            }
        }
    }

    /** Every figure, in document order. */
    public List<Figure> figures() {
        return figures(sections);
    }

    /** Every table, in document order. */
    public List<Table> tables() {
        return tablesOf(sections);
    }

    private static List<Table> tablesOf(List<? extends Block> blocks) {
        List<Table> out = new ArrayList<>();
        walk(blocks, b -> {
            if (b instanceof Table t) {
                out.add(t);
            }
        });
        return out;
    }

    /** Every section at any depth, in document order. */
    public List<Section> allSections() {
        return allSections(sections);
    }

    private static List<Figure> figures(List<? extends Block> blocks) {
        List<Figure> out = new ArrayList<>();
        walk(blocks, b -> {
            if (b instanceof Figure f) {
                out.add(f);
            }
        });
        return out;
    }

    private static List<Section> allSections(List<? extends Block> blocks) {
        List<Section> out = new ArrayList<>();
        walk(blocks, b -> {
            if (b instanceof Section s) {
                out.add(s);
            }
        });
        return out;
    }

    private static void walk(List<? extends Block> blocks, java.util.function.Consumer<Block> visit) {
        for (Block b : blocks) {
            visit.accept(b);
            if (b instanceof Section s) {
                walk(s.blocks(), visit);
            }
        }
    }
}
