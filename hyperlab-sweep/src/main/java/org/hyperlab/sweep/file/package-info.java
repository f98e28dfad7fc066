/**
 * The sweep-file grammar, defined here once: {@link org.hyperlab.sweep.file.SweepFileReader#load} reads a YAML or
 * JSON sweep file ({@link org.hyperlab.sweep.file.StructuredDocuments}: SnakeYAML's safe loader with size, alias and
 * nesting limits), validates every key (fixed values through the objective's own checks) and returns a
 * {@link org.hyperlab.sweep.file.SweepFile}, which builds the sampler, the pruner and the objective function. The
 * guide with examples is {@code docs/sweeps.md}.
 */
package org.hyperlab.sweep.file;
