/**
 * Classification metrics and label encoding: {@link org.hyperlab.core.metrics.Accuracy} (argmax against labels),
 * {@link org.hyperlab.core.metrics.ConfusionMatrix} and {@link org.hyperlab.core.metrics.OneHot}. Each class is its own
 * entry point.
 */
package org.hyperlab.core.metrics;
