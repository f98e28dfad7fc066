package org.hyperlab.report.doc;

import java.util.Objects;

/**
 * Plain text (renderers escape it); {@code `code`} spans and {@code **bold**} spans are the only markup.
 *
 * @param text the paragraph
 */
public record Paragraph(String text) implements Block {
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
