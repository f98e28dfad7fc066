package org.hyperlab.core.data;

import org.hyperlab.core.tensor.storage.Precision;

/**
 * Images kept as raw bytes with their class labels: a quarter of the memory of float32 features. Select rows
 * with {@link #slice} first and widen with {@link #toDataset} last, so that only the rows actually used are ever
 * stored as floats (a 50,000 / 10,000 split of MNIST then allocates 188 MB of floats instead of 376 MB).
 */
public record LabeledImages(ImageSet images, int[] labels, int numClasses) {
    public LabeledImages {
        if (images.count() != labels.length) {
            throw new IllegalArgumentException("labeled images: " + images.count() + " images but " + labels.length
                    + " labels");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException("labeled images: label " + labels[i] + " at " + i
                        + " is outside [0, " + numClasses + ")");
            }
        }
    }

    public int size() { return labels.length; }

    /** The images {@code indices[0], indices[1], ...} in that order (copied; an index may repeat). */
    public LabeledImages slice(int[] indices) {
        int p = images.pixelsPerImage();
        byte[] pixels = new byte[Math.multiplyExact(indices.length, p)];
        int[] y = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0 || i >= size()) {
                throw new IndexOutOfBoundsException("labeled images slice: index " + i + " at position " + k
                        + " is outside [0, " + size() + ")");
            }
            System.arraycopy(images.pixels(), i * p, pixels, k * p, p);
            y[k] = labels[i];
        }
        return new LabeledImages(new ImageSet(indices.length, images.height(), images.width(), pixels), y, numClasses);
    }

    /** The dataset of raw intensities 0..255 in the given precision. */
    public Dataset toDataset(Precision precision) {
        return new Dataset(images.toMatrix(precision), labels, numClasses);
    }
}
