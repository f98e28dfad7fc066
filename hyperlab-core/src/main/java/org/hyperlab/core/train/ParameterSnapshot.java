package org.hyperlab.core.train;

import java.util.List;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.storage.Matrix;

/** A copy of parameter values (allocated once) that can be refreshed and copied back: restore-best weights. */
final class ParameterSnapshot {
    private final List<Parameter> parameters;
    private final Matrix[] copies;

    ParameterSnapshot(List<Parameter> parameters) {
        this.parameters = List.copyOf(parameters);
        this.copies = new Matrix[parameters.size()];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = parameters.get(i).value().copy();
        }
    }

    /** Copies the current values into the snapshot. */
    void capture() {
        for (int i = 0; i < copies.length; i++) {
            copies[i].copyFromInPlace(parameters.get(i).value());
        }
    }

    /** Copies the snapshot back into the parameters. */
    void restore() {
        for (int i = 0; i < copies.length; i++) {
            parameters.get(i).value().copyFromInPlace(copies[i]);
        }
    }
}
