package org.hyperlab.core.data;

import org.hyperlab.core.tensor.storage.DoubleMatrix;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * Grayscale images as raw unsigned bytes, the way IDX files store them: image {@code i} occupies
 * {@code pixels[i*height*width .. (i+1)*height*width)}, row-major, each byte an intensity 0..255.
 *
 * <p>Kept as bytes (a quarter of float32's memory) so that code which wants compact storage can use it directly;
 * {@link #toMatrix(Precision)} gives the N x (height*width) feature matrix of raw values 0..255 (no scaling:
 * normalization is the model's z-scoring input layer's job).
 */
public record ImageSet(int count, int height, int width, byte[] pixels) {
    public ImageSet {
        if (count < 0 || height < 1 || width < 1) {
            throw new IllegalArgumentException("image set: bad shape " + count + " x " + height + "x" + width);
        }
        if ((long) count * height * width != pixels.length) {
            throw new IllegalArgumentException("image set: " + pixels.length + " bytes do not hold " + count
                    + " images of " + height + "x" + width);
        }
    }

    /** Pixels per image, {@code height * width}. */
    public int pixelsPerImage() { return height * width; }

    /** Intensity 0..255 of pixel {@code p} (row-major within the image) of image {@code image}. */
    public int pixel(int image, int p) { return pixels[image * pixelsPerImage() + p] & 0xFF; }

    /** The N x (height*width) feature matrix of raw intensities 0..255 in the given precision. */
    public Matrix toMatrix(Precision precision) {
        int n = pixels.length;
        if (precision == Precision.FLOAT32) {
            float[] out = new float[n];
            for (int from = 0; from < n; from += CHUNK) {
                widen(pixels, out, from, Math.min(n, from + CHUNK));
            }
            return new FloatMatrix(count, pixelsPerImage(), out);
        }
        double[] out = new double[n];
        for (int from = 0; from < n; from += CHUNK) {
            widen(pixels, out, from, Math.min(n, from + CHUNK));
        }
        return new DoubleMatrix(count, pixelsPerImage(), out);
    }

    // Converting in chunks through a small method lets the JIT compile it after a few calls, instead of running
    // one 47-million-iteration loop in the interpreter until on-stack replacement kicks in.
    private static final int CHUNK = 1 << 14;

    private static void widen(byte[] src, float[] dst, int from, int to) {
        for (int i = from; i < to; i++) {
            dst[i] = src[i] & 0xFF;
        }
    }

    private static void widen(byte[] src, double[] dst, int from, int to) {
        for (int i = from; i < to; i++) {
            dst[i] = src[i] & 0xFF;
        }
    }
}
