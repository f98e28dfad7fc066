package org.hyperlab.core.data;

/**
 * MNIST as loaded: the 60,000 training images and the 10,000 test images (raw intensities 0..255, labels 0-9).
 * Split {@link #train()} with {@link DatasetSplit} for validation; keep {@link #test()} for the final evaluation.
 */
public record MnistData(Dataset train, Dataset test) {
}
