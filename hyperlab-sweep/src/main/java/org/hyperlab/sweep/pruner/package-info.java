/**
 * Pruners: decide from a running trial's intermediate values whether it should stop. Entry point: the
 * {@link org.hyperlab.sweep.pruner.Pruner} contract, implemented by {@link org.hyperlab.sweep.pruner.MedianPruner},
 * {@link org.hyperlab.sweep.pruner.SuccessiveHalvingPruner}, {@link org.hyperlab.sweep.pruner.HyperbandPruner} (with
 * its {@link org.hyperlab.sweep.pruner.HyperbandSchedule}) and {@link org.hyperlab.sweep.pruner.NopPruner}.
 */
package org.hyperlab.sweep.pruner;
