package org.hyperlab.core.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hyperlab.core.data.DataFormatException;
import org.hyperlab.core.nn.ZScoring;
import org.hyperlab.core.tensor.storage.DoubleMatrix;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * The parsed header and data section of a model file (see {@link ModelFile}): checks that the tensors tile the
 * data section exactly, and that their dtypes and shapes are the ones the recorded architecture needs, before any
 * of them is read.
 */
final class TensorTable {
    private final Path file;
    private final Map<?, ?> header;
    private final ByteBuffer data;

    TensorTable(Path file, Map<?, ?> header, ByteBuffer data) {
        this.file = file;
        this.header = header;
        this.data = data;
        requireTiling();
    }

    /** The architecture recorded in {@code __metadata__}. */
    ModelSpec spec() {
        if (!(header.get("__metadata__") instanceof Map<?, ?> meta) || !ModelFile.FORMAT.equals(meta.get("format"))) {
            throw bad("no \"__metadata__\" with format " + ModelFile.FORMAT + " (not a hyperlab model file)");
        }
        if (!"1".equals(meta.get("version"))) {
            throw bad("unsupported model file version " + meta.get("version") + " (this build reads version 1)");
        }
        try {
            String hidden = text(meta, "hidden");
            List<Integer> sizes = new ArrayList<>();
            for (String h : hidden.isEmpty() ? new String[0] : hidden.split(",")) {
                sizes.add(Integer.parseInt(h.trim()));
            }
            return new ModelSpec(Integer.parseInt(text(meta, "input-size")), sizes,
                    HiddenActivation.parse(text(meta, "activation")), Integer.parseInt(text(meta, "classes")),
                    ZScoring.parse(text(meta, "zscore")), text(meta, "weight-init"), text(meta, "bias-init"),
                    Precision.parse(text(meta, "precision")), bool(meta, "softmax-output"));
        } catch (IllegalArgumentException e) {
            throw bad("bad architecture in \"__metadata__\": " + e.getMessage());
        }
    }

    /**
     * Every tensor the architecture {@code spec} needs is in the header with its dtype, shape and byte span, and no
     * other tensor is: checked before the model is built, so a header that claims a huge architecture is refused
     * without allocating it (the spans are already bounded by the file's length).
     */
    void requireLayout(ModelSpec spec) {
        Set<String> expected = new HashSet<>();
        for (TensorSlot slot : TensorSlot.layout(spec)) {
            expected.add(slot.name());
            require(slot, spec);
        }
        for (Object key : header.keySet()) {
            if (!"__metadata__".equals(key) && !expected.contains(key)) {
                throw bad("unexpected tensor '" + key + "' for the recorded architecture " + architecture(spec));
            }
        }
    }

    /**
     * The tensor in {@code slot}, after {@link #requireLayout} has checked it. A NaN or infinite value is refused:
     * such a model would only ever predict NaN, silently.
     */
    Matrix read(TensorSlot slot) {
        long[] range = offsets(slot.name(), (Map<?, ?>) header.get(slot.name()));
        ByteBuffer bytes = data.slice((int) range[0], (int) slot.bytes()).order(ByteOrder.LITTLE_ENDIAN);
        int n = slot.rows() * slot.cols();
        if (slot.precision() == Precision.FLOAT32) {
            float[] v = new float[n];
            bytes.asFloatBuffer().get(v);
            for (int i = 0; i < n; i++) {
                requireFinite(slot, i, v[i]);
            }
            return new FloatMatrix(slot.rows(), slot.cols(), v);
        }
        double[] v = new double[n];
        bytes.asDoubleBuffer().get(v);
        for (int i = 0; i < n; i++) {
            requireFinite(slot, i, v[i]);
        }
        return new DoubleMatrix(slot.rows(), slot.cols(), v);
    }

    private void requireFinite(TensorSlot slot, int index, double value) {
        if (!Double.isFinite(value)) {
            throw bad("tensor '" + slot.name() + "' holds " + value + " at row " + index / slot.cols() + ", column "
                    + index % slot.cols() + " (a model's numbers must be finite; retrain it)");
        }
    }

    private void require(TensorSlot slot, ModelSpec spec) {
        String name = slot.name();
        if (!(header.get(name) instanceof Map<?, ?> t)) {
            throw bad("tensor '" + name + "' is missing (the recorded architecture " + architecture(spec)
                    + " needs it)");
        }
        String dtype = ModelFile.dtype(slot.precision());
        if (!dtype.equals(t.get("dtype"))) {
            throw bad("tensor '" + name + "' has dtype " + t.get("dtype") + ", expected " + dtype);
        }
        if (!slot.shape().equals(t.get("shape"))) {
            throw bad("tensor '" + name + "' has shape " + t.get("shape") + ", expected " + slot.shape()
                    + " for the recorded architecture " + architecture(spec));
        }
        long[] range = offsets(name, t);
        if (range[1] - range[0] != slot.bytes()) {
            throw bad("tensor '" + name + "' spans " + (range[1] - range[0]) + " bytes, expected " + slot.bytes());
        }
    }

    private static String architecture(ModelSpec spec) {
        return String.join("-", spec.widths().stream().map(String::valueOf).toList());
    }

    /** The tensors' byte ranges must cover the data section exactly, without gaps or overlaps. */
    private void requireTiling() {
        List<long[]> ranges = new ArrayList<>();
        for (Map.Entry<?, ?> e : header.entrySet()) {
            if (!"__metadata__".equals(e.getKey())) {
                if (!(e.getValue() instanceof Map<?, ?> t)) {
                    throw bad("header entry '" + e.getKey() + "' is not a tensor description");
                }
                ranges.add(offsets(String.valueOf(e.getKey()), t));
            }
        }
        ranges.sort((a, b) -> Long.compare(a[0], b[0]));
        long at = 0;
        for (long[] r : ranges) {
            if (r[0] != at) {
                throw bad("tensor data has a gap or an overlap at byte " + at);
            }
            at = r[1];
        }
        if (at != data.capacity()) {
            throw bad(at > data.capacity()
                    ? "truncated: the tensors need " + at + " data bytes, the file has " + data.capacity()
                    : "the file has " + (data.capacity() - at) + " bytes after the last tensor");
        }
    }

    private long[] offsets(String name, Map<?, ?> t) {
        if (t.get("data_offsets") instanceof List<?> o && o.size() == 2 && o.get(0) instanceof Long b
                && o.get(1) instanceof Long e && b >= 0 && e >= b) {
            return new long[] {b, e};
        }
        throw bad("tensor '" + name + "' has bad data_offsets " + t.get("data_offsets"));
    }

    private String text(Map<?, ?> meta, String key) {
        if (!(meta.get(key) instanceof String s)) {
            throw new IllegalArgumentException("missing entry '" + key + "'");
        }
        return s;
    }

    private boolean bool(Map<?, ?> meta, String key) {
        String s = text(meta, key);
        if (!s.equals("true") && !s.equals("false")) {
            throw new IllegalArgumentException("entry '" + key + "' must be true or false, got '" + s + "'");
        }
        return Boolean.parseBoolean(s);
    }

    private DataFormatException bad(String problem) {
        return new DataFormatException(file, problem);
    }
}
