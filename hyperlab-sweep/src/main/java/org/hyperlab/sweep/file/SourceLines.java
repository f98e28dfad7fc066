package org.hyperlab.sweep.file;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Where a top-level key of a sweep file is written: the first line (counting from 1) that starts with the key and a
 * colon (YAML: {@code objectives:}, possibly quoted) or, in JSON, holds {@code "key":}.
 */
final class SourceLines {
    private SourceLines() {
    }

    /** The line of top-level {@code key} in {@code text}, if found. */
    static OptionalInt lineOf(String text, String key) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String quoted = Pattern.quote(key);
        Pattern yaml = Pattern.compile("^([\"']?)" + quoted + "\\1\\s*:.*");
        Pattern json = Pattern.compile(".*\"" + quoted + "\"\\s*:.*");
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (yaml.matcher(lines[i]).matches() || json.matcher(lines[i]).matches()) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }
}
