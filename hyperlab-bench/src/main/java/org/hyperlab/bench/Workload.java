package org.hyperlab.bench;

/**
 * One benchmark line: what was timed, its timing per unit (an epoch, a load, a run), the hardware floor for it
 * and the target the project set (null when none).
 *
 * @param name     e.g. {@code softmax regression 784→10, batch 128}
 * @param unit     what one timed repetition is, e.g. {@code epoch}
 * @param timing   seconds per unit: median, min, max over the repetitions
 * @param cpu      process CPU seconds per unit (all threads), or null when not measured; on a shared machine
 *                 this shows what the wall time would be with the cores to ourselves (for 1-thread work)
 * @param gflop    floating-point work per unit in GFLOP (0 when not meaningful)
 * @param gbytes   the data that must at least be read per unit, in GB (0 when not meaningful)
 * @param floor    seconds per unit the hardware cannot beat: max(work / FMA rate, bytes / bandwidth); 0 when unknown
 * @param target   the project's target in seconds per unit, or null
 * @param allocatedBytesPerStep heap bytes allocated by all threads per training step (optimizer step) over the
 *                 timed epochs, epoch-level bookkeeping included; NaN when not measured (not a training workload,
 *                 or the JVM cannot count allocations)
 */
public record Workload(String name, String unit, Timing timing, Timing cpu, double gflop, double gbytes, double floor,
                       Double target, double allocatedBytesPerStep) {
    /** A workload without an allocation count. */
    public Workload(String name, String unit, Timing timing, Timing cpu, double gflop, double gbytes, double floor, Double target) {
        this(name, unit, timing, cpu, gflop, gbytes, floor, target, Double.NaN);
    }

    /** median / floor, or NaN without a floor. */
    public double ratioToFloor() {
        return floor > 0 ? timing.median() / floor : Double.NaN;
    }

    /** True when there is no target or the median meets it. */
    public boolean meetsTarget() {
        return target == null || timing.median() <= target;
    }
}
