package org.hyperlab.report.doc;

import java.util.List;

/**
 * An unordered list of short texts (same inline markup as {@link Paragraph}).
 *
 * @param items the entries
 */
public record BulletList(List<String> items) implements Block {
    public BulletList {
        items = List.copyOf(items);
    }

    public static BulletList of(String... items) {
        return new BulletList(List.of(items));
    }
}
