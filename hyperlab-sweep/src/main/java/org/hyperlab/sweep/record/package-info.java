/**
 * What the store keeps of studies and trials, as immutable values: {@link org.hyperlab.sweep.record.StudyRecord},
 * {@link org.hyperlab.sweep.record.TrialRecord} with its {@link org.hyperlab.sweep.record.TrialState}, and
 * {@link org.hyperlab.sweep.record.Seeds} (the per-trial seed rule). Samplers, pruners and storage depend on these
 * alone, below the live {@code Study} and {@code Trial} handles of {@code org.hyperlab.sweep}, so the sweep packages
 * form no cycle.
 */
package org.hyperlab.sweep.record;
