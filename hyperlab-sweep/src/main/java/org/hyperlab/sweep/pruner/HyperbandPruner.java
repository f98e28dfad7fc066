package org.hyperlab.sweep.pruner;

import java.util.List;
import org.hyperlab.sweep.record.Seeds;

/**
 * Hyperband (Li et al., JMLR 2018) as an asynchronous pruner, like Optuna's {@code HyperbandPruner}: the brackets
 * of {@link HyperbandSchedule} for {@code maxResource / minResource} units and reduction factor {@code eta}; each
 * trial joins one bracket, chosen from a hash of its number with probability proportional to the configurations the
 * bracket starts (so the trials split between brackets as in one Hyperband iteration), and is then judged by
 * {@link SuccessiveHalvingPruner} with the bracket's first resource ({@code minResource * R eta^-s} epochs) as its
 * minimum resource, against the trials of its own bracket only (each bracket stores its rungs under its own trial
 * attributes, {@code hyperband_<s>_completed_rung_<r>}).
 */
public final class HyperbandPruner implements Pruner {
    private final HyperbandSchedule schedule;
    private final List<SuccessiveHalvingPruner> bracketPruners;
    private final int totalConfigurations;

    /**
     * @param minResource epochs of the smallest budget, at least 1
     * @param maxResource epochs of a full run, at least {@code minResource}
     * @param eta         the reduction factor, at least 2
     */
    public HyperbandPruner(int minResource, int maxResource, int eta) {
        if (minResource < 1 || maxResource < minResource || eta < 2) {
            throw new IllegalArgumentException("need 1 <= min-resource <= max-resource and reduction-factor >= 2, got "
                    + minResource + ", " + maxResource + ", " + eta);
        }
        schedule = HyperbandSchedule.of(maxResource / minResource, eta);
        bracketPruners = schedule.brackets().stream().map(b -> new SuccessiveHalvingPruner(
                (int) (b.firstResource() * minResource), eta, 0, "hyperband_" + b.s() + "_completed_rung_")).toList();
        totalConfigurations = schedule.brackets().stream().mapToInt(HyperbandSchedule.Bracket::configurations).sum();
    }

    /** The schedule. */
    public HyperbandSchedule schedule() {
        return schedule;
    }

    /** The index into {@link HyperbandSchedule#brackets()} of trial {@code number}'s bracket. */
    public int bracketOf(int number) {
        long h = Math.floorMod(Seeds.mix(0x48797065726261L + number), (long) totalConfigurations);
        int i = 0;
        for (HyperbandSchedule.Bracket b : schedule.brackets()) {
            h -= b.configurations();
            if (h < 0) {
                return i;
            }
            i++;
        }
        return schedule.brackets().size() - 1;
    }

    @Override
    public boolean prune(PruningContext context) {
        return bracketPruners.get(bracketOf(context.trial().number())).prune(context);
    }
}
