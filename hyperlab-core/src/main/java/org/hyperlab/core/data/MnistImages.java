package org.hyperlab.core.data;

import org.hyperlab.core.tensor.storage.Precision;

/** MNIST with the pixels kept as bytes (see {@link LabeledImages}): 60,000 training and 10,000 test images. */
public record MnistImages(LabeledImages train, LabeledImages test) {
    /** Both sets widened to datasets of the given precision. */
    public MnistData toData(Precision precision) {
        return new MnistData(train.toDataset(precision), test.toDataset(precision));
    }
}
