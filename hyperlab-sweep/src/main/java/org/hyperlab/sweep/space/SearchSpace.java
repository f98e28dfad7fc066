package org.hyperlab.sweep.space;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ordered map from parameter name to {@link Distribution}; the order is that of the sweep file.
 *
 * @param parameters the parameters in declaration order
 */
public record SearchSpace(Map<String, Distribution> parameters) {

    /** Copies the map, keeping its order. */
    public SearchSpace {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The distribution of one parameter, or {@code null}. */
    public Distribution get(String name) {
        return parameters.get(name);
    }

    /** The number of parameters. */
    public int size() {
        return parameters.size();
    }
}
