/**
 * The {@code hyperlab} command line: the entry point and the handlers that turn outcomes into exit codes.
 *
 * <p>Entry point: {@link org.hyperlab.cli.HyperlabCommand} (the jar's main class and the launcher's), which
 * registers one command class per command family and installs {@link org.hyperlab.cli.FailureHandler} (exit 1),
 * {@link org.hyperlab.cli.UsageErrorHandler} (exit 2) and {@code --config} support. Both handlers print one
 * {@link org.hyperlab.cli.ErrorLine}. The commands live in one subpackage per family ({@code train}, {@code sweep},
 * {@code objective}, {@code data}, {@code bench}, {@code assignment}, {@code dashboard}); what they share is in
 * {@code common}. This package depends on those subpackages and none of them depends on it.
 */
package org.hyperlab.cli;
