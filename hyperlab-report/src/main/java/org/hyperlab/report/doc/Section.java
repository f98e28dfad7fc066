package org.hyperlab.report.doc;

import java.util.List;
import java.util.Objects;

/**
 * A heading and the blocks under it; sections nest (a section inside a section is one heading level deeper).
 *
 * @param id      anchor id for links ("theory", "mnist"); letters, digits and '-' only
 * @param heading the heading text
 * @param blocks  content, in order
 */
public record Section(String id, String heading, List<Block> blocks) implements Block {
    public Section {
        Objects.requireNonNull(heading, "heading");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("section id '" + id + "' must be lower-case letters, digits and '-'");
        }
        blocks = List.copyOf(blocks);
    }

    /** A section from blocks given inline. */
    public static Section of(String id, String heading, Block... blocks) {
        return new Section(id, heading, List.of(blocks));
    }
}
