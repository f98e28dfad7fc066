/**
 * Chart data for a training run (loss and accuracy against epoch). Entry point:
 * {@link org.hyperlab.report.training.TrainingFigures}.
 */
package org.hyperlab.report.training;
