/**
 * Analyses of finished studies. Entry point: {@link org.hyperlab.sweep.analysis.ParameterImportance} (each
 * parameter's correlation ratio eta^2 with the objective).
 */
package org.hyperlab.sweep.analysis;
