/**
 * {@code hyperlab data}: obtaining data sets. Entry point: {@link org.hyperlab.cli.data.DataCommand}, whose
 * {@code fetch} subcommand ({@link org.hyperlab.cli.data.DataFetchCommand}) installs MNIST.
 */
package org.hyperlab.cli.data;
