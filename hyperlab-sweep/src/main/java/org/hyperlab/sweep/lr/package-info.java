/**
 * The learning-rate range test (Smith 2017, fastai's {@code lr_find}), used to choose a sweep's learning-rate range.
 * Entry point: {@link org.hyperlab.sweep.lr.LearningRateFinder}.
 */
package org.hyperlab.sweep.lr;
