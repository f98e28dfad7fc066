package org.hyperlab.core.model;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hyperlab.core.data.DataFormatException;
import org.hyperlab.core.io.AtomicFiles;
import org.hyperlab.core.io.JsonText;
import org.hyperlab.core.nn.Input;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.nn.ZScoring;
import org.hyperlab.core.tensor.storage.DoubleMatrix;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * Saves and loads a {@link Model} in the <a href="https://github.com/huggingface/safetensors">safetensors</a>
 * layout, so the file also opens in Python ({@code safetensors.numpy.load_file}):
 * <pre>
 *   8 bytes    N, the header length (unsigned little-endian)
 *   N bytes    UTF-8 JSON header, padded with spaces to a multiple of 8:
 *              {"__metadata__": {"format": "hyperlab-model", "version": "1", "input-size": "784", "hidden": "256",
 *                                "activation": "relu", "classes": "10", "zscore": "global", ...},
 *               "dense.0.W": {"dtype": "F32", "shape": [784, 256], "data_offsets": [0, 802816]}, ...}
 *   the data   each tensor's values, row-major, little-endian, at its [begin, end) offsets, back to back
 * </pre>
 * Tensors: {@code dense.K.W} (in x out: PyTorch's {@code Linear.weight} is its transpose) and {@code dense.K.b}
 * (1 x out) for the K-th fully connected layer, in the network's parameter order and precision ({@code F32} or
 * {@code F64}); with z-scoring, {@code input.mean} and {@code input.std} (1 x inputs, {@code F64}; in the
 * {@code global} mode every entry holds the same μ or σ). The {@code zscore} entry is {@code per-feature},
 * {@code global} or {@code off} ({@code true}/{@code false} in files written before the modes existed). Values are
 * copied bit for bit, so a reloaded model computes exactly what the saved one did. Saving is atomic; loading
 * checks everything, the header's tensors against the recorded architecture and the file's length before the
 * model is built, and reports a bad file as a {@link DataFormatException} naming it.
 */
public final class ModelFile {
    /** Value of the {@code format} metadata entry. */
    public static final String FORMAT = "hyperlab-model";
    private static final int MAX_HEADER = 1 << 24;
    /** A Java array's limit, since a file is read whole: far above any network this project trains. */
    private static final long MAX_FILE = Integer.MAX_VALUE - 8;
    /**
     * What a header may be: three levels deep (the document, a tensor, its shape) with room to spare, short names,
     * numbers and strings, and no longer than {@link #MAX_HEADER}; anything beyond is a one-line error, never a
     * stack overflow.
     */
    private static final JsonText HEADER_JSON = new JsonText(StreamReadConstraints.builder()
            .maxNestingDepth(8)
            .maxNameLength(1 << 10)
            .maxStringLength(1 << 16)
            .maxNumberLength(24)
            .maxDocumentLength(MAX_HEADER)
            .build());

    private ModelFile() {
    }

    /** Writes {@code model} to {@code file} atomically; a z-scoring input must have been fitted. */
    public static void save(Path file, Model model) {
        if (!model.input().fitted()) {
            throw new IllegalStateException("model: fit the z-scoring input before saving");
        }
        List<Map.Entry<String, Matrix>> tensors = new ArrayList<>();
        List<Parameter> params = model.parameters();
        for (int i = 0; i < params.size(); i++) {
            tensors.add(Map.entry(TensorSlot.dense(i / 2, params.get(i).name()), params.get(i).value()));
        }
        if (model.spec().zscore().enabled()) {
            tensors.add(Map.entry(TensorSlot.MEAN, model.input().mean()));
            tensors.add(Map.entry(TensorSlot.STD, model.input().std()));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("__metadata__", metadata(model.spec()));
        long offset = 0;
        for (Map.Entry<String, Matrix> t : tensors) {
            Matrix m = t.getValue();
            long end = offset + (long) m.size() * bytesPer(m.precision());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("dtype", dtype(m.precision()));
            entry.put("shape", List.of(m.rows(), m.cols()));
            entry.put("data_offsets", List.of(offset, end));
            doc.put(t.getKey(), entry);
            offset = end;
        }
        StringBuilder json = new StringBuilder(JsonText.write(doc));
        while (json.length() % 8 != 0) {
            json.append(' ');
        }
        byte[] header = json.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length).array());
            out.write(header);
            for (Map.Entry<String, Matrix> t : tensors) {
                out.write(encode(t.getValue()));
            }
        });
    }

    /** Reads a model written by {@link #save}. */
    public static Model load(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE) {
                throw new DataFormatException(file, "too large for a model file: " + size + " bytes (at most "
                        + MAX_FILE + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file, "model file not found");
        } catch (IOException e) {
            throw new DataFormatException(file, "cannot read: " + e.getMessage(), e);
        }
        if (bytes.length < 8) {
            throw new DataFormatException(file, "truncated: " + bytes.length + " bytes, not a model file");
        }
        long n = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (n < 2 || n > MAX_HEADER || n > bytes.length - 8) {
            throw new DataFormatException(file, "not a model file or truncated: header length " + n + " in a file of "
                    + bytes.length + " bytes");
        }
        Object doc;
        try {
            doc = HEADER_JSON.parse(new String(bytes, 8, (int) n, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(file, "bad model header: " + e.getMessage(), e);
        }
        if (!(doc instanceof Map<?, ?> header)) {
            throw new DataFormatException(file, "bad model header: a JSON " + (doc instanceof List ? "array" : "value")
                    + " where an object of tensors is expected");
        }
        TensorTable table = new TensorTable(file, header, ByteBuffer.wrap(bytes, 8 + (int) n, bytes.length - 8 - (int) n)
                .slice().order(ByteOrder.LITTLE_ENDIAN));
        ModelSpec spec = table.spec();
        table.requireLayout(spec);
        Input input = spec.zscore().enabled()
                ? withStatistics(file, spec.zscore(), table.read(slot(spec, TensorSlot.MEAN)),
                        table.read(slot(spec, TensorSlot.STD)))
                : Input.identity();
        Model model = spec.assemble(input, new SplittableRandom(0));
        List<Parameter> params = model.parameters();
        for (int i = 0; i < params.size(); i++) {
            params.get(i).value().copyFromInPlace(table.read(slot(spec, TensorSlot.dense(i / 2, params.get(i).name()))));
        }
        return model;
    }

    private static TensorSlot slot(ModelSpec spec, String name) {
        return TensorSlot.layout(spec).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("model: no tensor '" + name + "' in the layout"));
    }

    private static Input withStatistics(Path file, ZScoring mode, Matrix mean, Matrix std) {
        try {
            return Input.withStatistics(mode, mean, std);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(file, "bad z-scoring statistics: " + e.getMessage(), e);
        }
    }

    static Map<String, String> metadata(ModelSpec s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", "1");
        m.put("input-size", String.valueOf(s.inputSize()));
        m.put("hidden", String.join(",", s.hidden().stream().map(String::valueOf).toList()));
        m.put("activation", s.activation().label());
        m.put("classes", String.valueOf(s.classes()));
        m.put("zscore", s.zscore().label());
        m.put("weight-init", s.weightInit());
        m.put("bias-init", s.biasInit());
        m.put("precision", s.precision().name().toLowerCase(java.util.Locale.ROOT));
        m.put("softmax-output", String.valueOf(s.softmaxOutput()));
        m.put("layout", "dense.K.W is (in x out); PyTorch's Linear.weight is its transpose");
        return m;
    }

    static String dtype(Precision p) { return p == Precision.FLOAT32 ? "F32" : "F64"; }

    static int bytesPer(Precision p) { return p == Precision.FLOAT32 ? 4 : 8; }

    private static byte[] encode(Matrix m) {
        ByteBuffer buf = ByteBuffer.allocate(m.size() * bytesPer(m.precision())).order(ByteOrder.LITTLE_ENDIAN);
        if (m instanceof FloatMatrix f) {
            buf.asFloatBuffer().put(f.data());
        } else if (m instanceof DoubleMatrix d) {
            buf.asDoubleBuffer().put(d.data());
        } else {
            throw new IllegalArgumentException("model: unsupported matrix type " + m.getClass().getName());
        }
        return buf.array();
    }
}
