package org.hyperlab.report.doc;

import java.util.Objects;

/**
 * Preformatted text shown verbatim (commands, matrices).
 *
 * @param language a hint for Markdown fences ("sh", "text"), may be empty
 * @param text     the content
 */
public record CodeBlock(String language, String text) implements Block {
    public CodeBlock {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
    }
}
