/**
 * What every command family of the CLI shares: exit codes ({@link org.hyperlab.cli.common.ExitCodes}), the usage
 * error ({@link org.hyperlab.cli.common.UsageException}), the one JSON writer ({@link org.hyperlab.cli.common.Json}),
 * the {@code --config FILE} mixin ({@link org.hyperlab.cli.common.ConfigOption}, applied by
 * {@link org.hyperlab.cli.common.ConfigFileStrategy}), fresh run directories
 * ({@link org.hyperlab.cli.common.RunOutput}), the version and start-up phase timing.
 *
 * <p>No entry point of its own; it depends on no other CLI package.
 */
package org.hyperlab.cli.common;
