/**
 * Chart data for the 1-D objective and descent runs. Entry point:
 * {@link org.hyperlab.report.objective.ObjectiveFigures}.
 */
package org.hyperlab.report.objective;
