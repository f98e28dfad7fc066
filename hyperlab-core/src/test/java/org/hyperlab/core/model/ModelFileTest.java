package org.hyperlab.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.hyperlab.core.data.DataFormatException;
import org.hyperlab.core.nn.ZScoring;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.testing.RandomMatrices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    @TempDir
    Path dir;

    private static Matrix randomFeatures(int rows, int cols, Precision p, long seed) {
        Matrix m = RandomMatrices.uniform(p, new SplittableRandom(seed), rows, cols, 0, 255);
        for (int i = 0; i < rows; i++) {
            m.set(i, cols - 1, 7.0); // one constant column exercises the sigma = 1 rule
        }
        return m;
    }

    /** Raw bits of every parameter, compared exactly (not with a tolerance). */
    private static void assertBitIdentical(Matrix a, Matrix b) {
        assertEquals(a.precision(), b.precision());
        assertEquals(a.shape(), b.shape());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(Double.doubleToRawLongBits(a.get(i)), Double.doubleToRawLongBits(b.get(i)), "element " + i);
        }
    }

    private void roundTrip(ModelSpec spec) {
        Matrix x = randomFeatures(20, spec.inputSize(), spec.precision(), 5);
        Model model = spec.build(11).fitInput(x);
        Path file = dir.resolve("model.safetensors");
        ModelFile.save(file, model);
        Model back = ModelFile.load(file);
        assertEquals(spec, back.spec());
        assertEquals(model.parameters().size(), back.parameters().size());
        for (int i = 0; i < model.parameters().size(); i++) {
            assertBitIdentical(model.parameters().get(i).value(), back.parameters().get(i).value());
        }
        if (spec.zscore().enabled()) {
            assertBitIdentical(model.input().mean(), back.input().mean());
            assertBitIdentical(model.input().std(), back.input().std());
        }
        assertBitIdentical(model.network().forward(x).copy(), back.network().forward(x));
    }

    @Test
    void roundTripsBitIdentically() {
        roundTrip(ModelSpec.of(6, 3));
        roundTrip(ModelSpec.of(6, 3).withHidden(List.of(5, 4)).withActivation(HiddenActivation.SIGMOID));
        roundTrip(ModelSpec.of(6, 3).withHidden(List.of(4)).withZscore(false).withSoftmaxOutput(true));
        roundTrip(ModelSpec.of(6, 3).withHidden(List.of(4)).withPrecision(Precision.FLOAT64)
                .withInit("he", "xavier-uniform"));
        for (ZScoring mode : ZScoring.values()) {
            roundTrip(ModelSpec.of(6, 3).withHidden(List.of(4)).withZscore(mode));
        }
    }

    @Test
    void layoutIsSafetensors() throws IOException {
        Model model = ModelSpec.of(1, 2).withZscore(false).build(0);
        model.parameters().get(0).value().set(0, 1.5);
        model.parameters().get(0).value().set(1, -2.0);
        model.parameters().get(1).value().set(0, 0.25);
        Path file = dir.resolve("m.safetensors");
        ModelFile.save(file, model);
        byte[] bytes = Files.readAllBytes(file);
        long n = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(0, n % 8);
        assertEquals(8 + n + 4 * 4, bytes.length);
        String header = new String(bytes, 8, (int) n, StandardCharsets.UTF_8);
        assertTrue(header.contains("\"dense.0.W\":{\"dtype\":\"F32\",\"shape\":[1,2],\"data_offsets\":[0,8]}"), header);
        assertTrue(header.contains("\"dense.0.b\":{\"dtype\":\"F32\",\"shape\":[1,2],\"data_offsets\":[8,16]}"), header);
        assertTrue(header.contains("\"format\":\"hyperlab-model\""), header);
        // IEEE 754 single precision, little-endian: 1.5 = 0x3FC00000, -2 = 0xC0000000, 0.25 = 0x3E800000
        byte[] expected = {0, 0, (byte) 0xC0, 0x3F, 0, 0, 0, (byte) 0xC0, 0, 0, (byte) 0x80, 0x3E, 0, 0, 0, 0};
        assertArrayEquals(expected, Arrays.copyOfRange(bytes, 8 + (int) n, bytes.length));
    }

    @Test
    void unfittedZscoringCannotBeSaved() {
        assertThrows(IllegalStateException.class,
                () -> ModelFile.save(dir.resolve("m"), ModelSpec.of(3, 2).build(0)));
        assertFalse(Files.exists(dir.resolve("m")));
    }

    private Path saved() {
        Path file = dir.resolve("m.safetensors");
        ModelFile.save(file, ModelSpec.of(3, 2).withHidden(List.of(2)).build(0).fitInput(randomFeatures(4, 3, Precision.FLOAT32, 1)));
        return file;
    }

    private void assertBad(Path file, String fragment) {
        DataFormatException e = assertThrows(DataFormatException.class, () -> ModelFile.load(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    /** Replaces {@code from} by {@code to} (same length) inside the header. */
    private Path editHeader(Path file, String from, String to) throws IOException {
        assertEquals(from.length(), to.length());
        String s = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertTrue(s.contains(from), from);
        Path out = dir.resolve("edited.safetensors");
        Files.write(out, s.replace(from, to).getBytes(StandardCharsets.ISO_8859_1));
        return out;
    }

    @Test
    void malformedFilesNameTheFileAndTheProblem() throws IOException {
        Path good = saved();
        byte[] bytes = Files.readAllBytes(good);
        assertBad(dir.resolve("absent"), "model file not found");
        assertBad(Files.write(dir.resolve("short"), new byte[] {1, 2}), "truncated");
        assertBad(Files.write(dir.resolve("cut"), Arrays.copyOf(bytes, bytes.length - 3)), "truncated");
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 4);
        assertBad(Files.write(dir.resolve("long"), longer), "4 bytes after the last tensor");
        assertBad(Files.write(dir.resolve("text"), "hello, not a model".getBytes(StandardCharsets.US_ASCII)),
                "not a model file");
        assertBad(editHeader(good, "\"relu\"", "\"rel_\""), "activation");
        assertBad(editHeader(good, "hyperlab-model", "hyperlab-mode_"), "not a hyperlab model file");
        assertBad(editHeader(good, "\"version\":\"1\"", "\"version\":\"9\""), "unsupported model file version 9");
        assertBad(editHeader(good, "dense.1.b", "dense.1.c"), "tensor 'dense.1.b' is missing");
        assertBad(editHeader(good, "\"shape\":[3,2]", "\"shape\":[2,3]"), "has shape [2, 3], expected [3, 2]");
        assertBad(editHeader(good, "\"dtype\":\"F32\"", "\"dtype\":\"F16\""), "dtype F16");
        assertBad(editHeader(good, "{\"__metadata__\"", "[\"__metadata__\""), "bad model header");
    }

    @Test
    void zscoringModeIsRecordedAndOldBooleanFilesStillLoad() throws IOException {
        Path good = saved(); // the default, global z-scoring
        assertEquals(ZScoring.GLOBAL, ModelFile.load(good).spec().zscore());
        assertEquals(ZScoring.GLOBAL, ModelFile.load(good).input().mode());
        // a file written before the modes existed said "true" for per-feature statistics
        Model old = ModelFile.load(editHeader(good, "\"zscore\":\"global\"", "\"zscore\":\"true\"  "));
        assertEquals(ZScoring.PER_FEATURE, old.spec().zscore());
        assertBad(editHeader(good, "\"zscore\":\"global\"", "\"zscore\":\"gl0bal\""), "z-scoring: unknown 'gl0bal'");
    }

    /** A file with the given header text (length-prefixed as safetensors has it) and {@code dataBytes} zero bytes. */
    private Path hostile(String name, String header, int dataBytes) throws IOException {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + h.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(h.length).put(h);
        return Files.write(dir.resolve(name), b.array());
    }

    private static String metadata(String hidden, String classes) {
        return "{\"format\":\"hyperlab-model\",\"version\":\"1\",\"input-size\":\"3\",\"hidden\":\"" + hidden
                + "\",\"activation\":\"relu\",\"classes\":\"" + classes + "\",\"zscore\":\"off\","
                + "\"weight-init\":\"xavier-uniform\",\"bias-init\":\"zeros\",\"precision\":\"float32\","
                + "\"softmax-output\":\"false\"}";
    }

    @Test
    void aHeaderNested200000DeepIsAOneLineError() throws IOException {
        int depth = 200_000;
        Path file = hostile("deep", "{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}", 0);
        DataFormatException e = assertThrows(DataFormatException.class, () -> ModelFile.load(file));
        assertTrue(e.getMessage().contains("bad model header: JSON: Document nesting depth"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void headersBeyondTheLimitsOrNotAnObjectOfTensorsAreRefused() throws IOException {
        Path file = hostile("long", "{\"__metadata__\":{\"format\":\"" + "x".repeat(1 << 17) + "\"}}", 0);
        assertBad(file, "String value length");
        assertBad(hostile("array", "[1, 2]", 0), "bad model header: a JSON array where an object of tensors is expected");
        assertBad(hostile("number", "12345678901234567890123456789", 0), "Number value length");
    }

    @Test
    void aHugeRecordedArchitectureIsRefusedBeforeAnythingIsAllocated() throws IOException {
        // a 3-2-2 file whose metadata claims a hidden layer of a million units (3 GB of float32 for 784 inputs)
        String tensors = ",\"dense.0.W\":{\"dtype\":\"F32\",\"shape\":[3,2],\"data_offsets\":[0,24]}"
                + ",\"dense.0.b\":{\"dtype\":\"F32\",\"shape\":[1,2],\"data_offsets\":[24,32]}"
                + ",\"dense.1.W\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[32,48]}"
                + ",\"dense.1.b\":{\"dtype\":\"F32\",\"shape\":[1,2],\"data_offsets\":[48,56]}}";
        assertEquals(ModelSpec.of(3, 2).withHidden(List.of(2)).withZscore(false), ModelFile.load(
                hostile("fits", "{\"__metadata__\":" + metadata("2", "2") + tensors, 56)).spec());
        Path huge = hostile("huge", "{\"__metadata__\":" + metadata("1000000", "2") + tensors, 56);
        long before = allocatedBytes();
        assertBad(huge, "model: hidden layer sizes must be 1..16384, got [1000000]");
        assertTrue(allocatedBytes() - before < 1_000_000, "refused without building the model");
        // within the limits, the tensors' shapes are checked before the model is built
        Path wide = hostile("wide", "{\"__metadata__\":" + metadata("10000", "2") + tensors, 56);
        before = allocatedBytes();
        assertBad(wide, "tensor 'dense.0.W' has shape [3, 2], expected [3, 10000] for the recorded architecture"
                + " 3-10000-2");
        assertTrue(allocatedBytes() - before < 1_000_000, "refused without building the model");
        // a shape that agrees with the wide architecture still needs its bytes in the file
        Path claimed = hostile("claimed", "{\"__metadata__\":" + metadata("10000", "2")
                + ",\"dense.0.W\":{\"dtype\":\"F32\",\"shape\":[3,10000],\"data_offsets\":[0,120000]}}", 0);
        assertBad(claimed, "truncated: the tensors need 120000 data bytes, the file has 0");
    }

    @Test
    void aFileTooLargeToReadWholeIsRefusedBeforeReadingIt() throws IOException {
        Path big = dir.resolve("big.safetensors");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: no disk space is used
        }
        assertBad(big, "too large for a model file: 3221225472 bytes");
    }

    @Test
    void recordedClassesThatDisagreeWithTheTensorsAreNamed() throws IOException {
        Path good = saved(); // 3-2-2; recorded as 2 classes, edited to 7
        assertBad(editHeader(good, "\"classes\":\"2\"", "\"classes\":\"7\""),
                "tensor 'dense.1.W' has shape [2, 2], expected [2, 7] for the recorded architecture 3-2-7");
        assertBad(editHeader(good, "\"classes\":\"2\"", "\"classes\":\"1\""),
                "bad architecture in \"__metadata__\": model: input size must be 1..16384 and classes 2..16384");
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }
}
