/**
 * The 1-D objective commands: {@code hyperlab theory} ({@link org.hyperlab.cli.objective.TheoryCommand}), {@code
 * objective} ({@link org.hyperlab.cli.objective.ObjectiveCommand}) and {@code descend}
 * ({@link org.hyperlab.cli.objective.DescendCommand}), with their shared {@code --objective} options, exact matrix
 * parsing, the JSON shape of critical points and the helper that writes a run's figures in parallel.
 */
package org.hyperlab.cli.objective;
