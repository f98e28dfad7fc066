/**
 * Weight initializers, each stating its formula as {@code torch.nn.init} does: {@link org.hyperlab.core.init.XavierUniform},
 * {@link org.hyperlab.core.init.XavierNormal}, {@link org.hyperlab.core.init.He}, {@link org.hyperlab.core.init.Zeros} and
 * {@link org.hyperlab.core.init.Constant}.
 *
 * <p>Entry points: the {@link org.hyperlab.core.init.Initializer} contract (with the fan rule for matrices stored
 * in x out) and {@link org.hyperlab.core.init.Initializers}, which picks one by name for configuration files and the
 * command line.
 */
package org.hyperlab.core.init;
