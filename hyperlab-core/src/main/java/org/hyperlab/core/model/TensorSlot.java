package org.hyperlab.core.model;

import java.util.ArrayList;
import java.util.List;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * One tensor a model file must hold for an architecture: its name, precision and shape. {@link #layout} is the one
 * place that maps a {@link ModelSpec} to the file's tensors ({@code dense.K.W}, {@code dense.K.b}, and with
 * z-scoring {@code input.mean} and {@code input.std}), for saving and for checking a file before anything is
 * allocated.
 */
record TensorSlot(String name, Precision precision, int rows, int cols) {
    static final String MEAN = "input.mean";
    static final String STD = "input.std";

    /** The name of parameter {@code param} ({@code W} or {@code b}) of the {@code layer}-th dense layer. */
    static String dense(int layer, String param) {
        return "dense." + layer + "." + param;
    }

    /** The tensors a file of {@code spec} holds, in file order. */
    static List<TensorSlot> layout(ModelSpec spec) {
        List<TensorSlot> slots = new ArrayList<>();
        List<Integer> widths = spec.widths();
        for (int k = 0; k + 1 < widths.size(); k++) {
            slots.add(new TensorSlot(dense(k, "W"), spec.precision(), widths.get(k), widths.get(k + 1)));
            slots.add(new TensorSlot(dense(k, "b"), spec.precision(), 1, widths.get(k + 1)));
        }
        if (spec.zscore().enabled()) {
            slots.add(new TensorSlot(MEAN, Precision.FLOAT64, 1, spec.inputSize()));
            slots.add(new TensorSlot(STD, Precision.FLOAT64, 1, spec.inputSize()));
        }
        return slots;
    }

    /** The byte length of the tensor's data, computed in {@code long} so that no shape can overflow it. */
    long bytes() {
        return (long) rows * cols * ModelFile.bytesPer(precision);
    }

    List<Long> shape() {
        return List.of((long) rows, (long) cols);
    }
}
