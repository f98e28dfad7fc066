package org.hyperlab.core.golden;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.hyperlab.core.io.JsonText;

/**
 * Reads the golden fixtures with the core's {@link JsonText} (Jackson's default limits), turning every number into a {@link Double}: the
 * reference script writes Python's shortest round-trip decimals, which {@link Double#parseDouble} gives back as
 * PyTorch's exact doubles, and an integral literal such as {@code 3} is just the double 3.0 there. Objects keep
 * their file order; malformed text throws {@link IllegalArgumentException} naming the character offset.
 */
final class GoldenJson {
    private static final JsonText JSON = new JsonText(StreamReadConstraints.defaults());

    private GoldenJson() {
    }

    /** Parses one JSON value spanning the whole text. */
    static Object parse(String text) {
        return numbersAsDoubles(JSON.parse(text));
    }

    private static Object numbersAsDoubles(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof List<?> items) {
            return items.stream().map(GoldenJson::numbersAsDoubles).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, numbersAsDoubles(v)));
            return out;
        }
        return value;
    }
}
