package org.hyperlab.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.hyperlab.core.objective.DescentPoint;
import org.hyperlab.core.objective.DescentPresets;
import org.hyperlab.core.objective.DescentRun;
import org.hyperlab.core.objective.GradientDescentRun;
import org.hyperlab.core.objective.Objective1D;
import org.hyperlab.core.objective.OptimizerSpec;
import org.hyperlab.core.objective.PolynomialObjective;
import org.hyperlab.core.objective.Rational;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The assignment's 1-D runs ({@link DescentPresets}: initialization, learning-rate, adam) against PyTorch
 * ({@code golden/descent_1d.json}: {@code torch.optim.SGD}/{@code Adam} on a 0-d float64 tensor, gradient by
 * autograd of J(w) = ¼(x·w)⁴ − 4/3(x·w)³ + 3/2(x·w)² at x = 1): w and J after every epoch within 1e-12 relative,
 * and the divergence epoch of the η = 5 run.
 *
 * <p>hyperlab evaluates J' by Horner's rule, autograd as the sum of the differentiated terms, so the two
 * gradients may differ in the last bit. Along a contracting run that is harmless, but the η = 1 run from 0.2 is
 * chaotic (|1 − η·J''(w)| exceeds 1 along most of it) and a last-bit difference grows to O(1) within a few
 * dozen epochs: neither side is wrong. So each plain-descent run is checked in two ways: (1) the whole trajectory,
 * for the epochs where the relative amplification of an earlier error, max over j of
 * Π_{i=j}^{k−1} |(1 − η·J''(w_i))·w_i / w_{i+1}| along PyTorch's trajectory, stays ≤ 1e3 (every epoch of every run
 * but the chaotic one, which is compared over its first 8); (2) one step from each of PyTorch's points, w_k, must
 * give PyTorch's w_{k+1} (shadowing, within 1e-12 of max(|w_k|, |w_{k+1}|)), which checks every epoch of every run.
 */
class DescentGoldenTest {
    private static final Fixture FIXTURE = Fixture.load("descent_1d.json");
    private static final double MAX_AMPLIFICATION = 1e3;

    @TestFactory
    Stream<DynamicTest> presetsMatchTorch() {
        PolynomialObjective objective = PolynomialObjective.seed(Rational.of((long) FIXTURE.get("x").number()));
        assertEquals(1.0, FIXTURE.get("x").number());
        assertEquals(DescentPresets.NAMES, FIXTURE.get("presets").keys());
        return DescentPresets.NAMES.stream().flatMap(preset -> {
            List<DescentRun> runs = DescentPresets.byName(preset, objective).run();
            List<Fixture> expected = FIXTURE.get("presets").get(preset).list();
            assertEquals(expected.size(), runs.size(), preset + ": number of runs");
            return java.util.stream.IntStream.range(0, runs.size()).mapToObj(i -> DynamicTest.dynamicTest(
                    preset + " w0=" + runs.get(i).w0() + " lr=" + runs.get(i).lr(),
                    () -> check(objective.j(), expected.get(i), runs.get(i))));
        });
    }

    private static void check(Objective1D j, Fixture torch, DescentRun run) {
        String name = run.optimizer() + " w0=" + run.w0() + " lr=" + run.lr();
        assertEquals(torch.get("optimizer").string(), run.optimizer(), name);
        assertEquals(torch.get("w0").number(), run.w0(), name);
        assertEquals(torch.get("lr").number(), run.lr(), name);
        assertEquals(torch.get("epochs").integer(), run.epochs(), name);
        double[] w = torch.get("w").vector();
        double[] jw = torch.get("j").vector();
        Integer diverged = torch.get("diverged_at_epoch").isNull() ? null : torch.get("diverged_at_epoch").integer();
        assertEquals(diverged, run.divergedAtEpoch(), name + ": first epoch with a non-finite w or J");
        assertEquals(w.length, run.history().size(), name + ": finite epochs recorded");
        boolean plain = run.optimizer().equals("sgd");
        int horizon = plain ? predictableEpochs(j, w, run.lr()) : w.length;
        for (int k = 0; k < horizon; k++) {
            DescentPoint p = run.history().get(k);
            assertEquals(k, p.epoch());
            Close.assertClose(name + " w at epoch " + k, w[k], p.w(), Close.FLOAT64, 1e-300);
            Close.assertClose(name + " J at epoch " + k, jw[k], p.j(), Close.FLOAT64, 1e-300);
        }
        if (plain) {
            OptimizerSpec sgd = OptimizerSpec.sgd(run.lr());
            for (int k = 0; k + 1 < w.length; k++) {
                double next = GradientDescentRun.run(j, w[k], 1, sgd::create).last().w();
                Close.assertClose(name + " one step from PyTorch's w at epoch " + k, w[k + 1], next, 0.0,
                        Close.FLOAT64 * Math.max(Math.abs(w[k]), Math.abs(w[k + 1])));
            }
        }
    }

    /** The number of leading epochs over which an earlier last-bit error is amplified at most 1e3-fold. */
    private static int predictableEpochs(Objective1D j, double[] w, double lr) {
        double worst = 1.0;
        for (int k = 0; k + 1 < w.length; k++) {
            double factor = Math.abs((1.0 - lr * j.secondDerivative(w[k])) * w[k] / w[k + 1]);
            worst = Math.max(1.0, worst * factor);
            if (worst > MAX_AMPLIFICATION) {
                return k + 1;
            }
        }
        return w.length;
    }
}
