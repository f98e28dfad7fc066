package org.hyperlab.sweep.lr;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.loss.Loss;
import org.hyperlab.core.nn.Layer;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.optim.Optimizer;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.train.MiniBatches;

/**
 * The learning-rate range test (Smith, "Cyclical Learning Rates for Training Neural Networks", 2017; fastai's
 * {@code lr_find}): one short run of {@code steps} mini-batch steps whose learning rate grows exponentially,
 * {@code lr_i = start * (end/start)^(i/(steps-1))}, recording the batch loss. The loss is smoothed with a debiased
 * exponential moving average, {@code avg_i = beta*avg_{i-1} + (1-beta)*loss_i}, {@code smooth_i = avg_i /
 * (1-beta^(i+1))}; the run stops early once the loss is not finite or {@code smooth_i > divergence * min smooth}.
 * Reported: the rate at the smallest smoothed loss ({@code minimum}), the rate where the smoothed loss falls fastest
 * against {@code log10(lr)} ({@code steepest}, by central differences), and a range for a log-uniform sweep:
 * {@code high = minimum / 10} (fastai's pick, well before the blow-up) and {@code low = min(steepest, high) / 10}.
 * The model's parameters are changed by the run: use a fresh model afterwards.
 */
public final class LearningRateFinder {
    private LearningRateFinder() {
    }

    /**
     * Most steps one search takes: 10,000 mini-batches are ~20 epochs of MNIST, far more than a range test needs
     * (fastai uses 100), and keep a mistyped count from running for hours.
     */
    public static final int MAX_STEPS = 10_000;

    /**
     * Settings; fastai's defaults are {@code (1e-7, 10, 100, 0.98, 4)}.
     *
     * @param startLr    first rate, positive
     * @param endLr      last rate, above {@code startLr}
     * @param steps      number of steps, 5 to {@link #MAX_STEPS}
     * @param beta       smoothing factor in [0, 1)
     * @param divergence stop when the smoothed loss exceeds this multiple of its minimum
     */
    public record Config(double startLr, double endLr, int steps, double beta, double divergence) {
        /** Validates the settings. */
        public Config {
            if (!(startLr > 0) || !(endLr > startLr) || Double.isInfinite(endLr)) {
                throw new IllegalArgumentException("need 0 < start-lr < end-lr, got " + startLr + " and " + endLr);
            }
            if (steps < 5 || steps > MAX_STEPS) {
                throw new IllegalArgumentException("--steps: expected 5.." + MAX_STEPS + ", got " + steps);
            }
            if (!(beta >= 0 && beta < 1) || !(divergence > 1)) {
                throw new IllegalArgumentException("need 0 <= beta < 1 and divergence > 1");
            }
        }

        /** fastai's defaults. */
        public static Config defaults() {
            return new Config(1e-7, 10, 100, 0.98, 4);
        }

        /** The rate of step {@code i}. */
        public double rate(int i) {
            return startLr * Math.pow(endLr / startLr, (double) i / (steps - 1));
        }
    }

    /** One step: its rate, the raw batch loss and the smoothed loss. */
    public record Point(int step, double lr, double loss, double smoothed) {
    }

    /**
     * The outcome.
     *
     * @param points        every step run
     * @param stoppedEarly  whether the loss diverged before the last step
     * @param minimumLr     rate at the smallest smoothed loss
     * @param steepestLr    rate where the smoothed loss falls fastest
     * @param suggestedLow  lower bound of the suggested sweep range
     * @param suggestedHigh upper bound of the suggested sweep range
     */
    public record Result(List<Point> points, boolean stoppedEarly, double minimumLr, double steepestLr,
                         double suggestedLow, double suggestedHigh) {
    }

    /** Runs the test on {@code model} with {@code optimizer} (whose rate it overwrites each step). */
    public static Result run(Layer model, Loss loss, Optimizer optimizer, Dataset train, int batchSize, long seed,
                             Config config) {
        MiniBatches batches = new MiniBatches(train, batchSize, train.features().precision());
        SplittableRandom random = new SplittableRandom(seed);
        List<Point> points = new ArrayList<>();
        double avg = 0;
        double best = Double.POSITIVE_INFINITY;
        boolean stopped = false;
        int b = batches.count();
        for (int i = 0; i < config.steps(); i++) {
            if (b == batches.count()) {
                batches.shuffle(random);
                b = 0;
            }
            MiniBatches.Batch batch = batches.batch(b++);
            double lr = config.rate(i);
            optimizer.setLearningRate(lr);
            for (Parameter p : model.parameters()) {
                p.zeroGrad();
            }
            Matrix out = model.forward(batch.features());
            double value = loss.forward(out, batch.targets());
            if (!Double.isFinite(value)) {
                stopped = true;
                break;
            }
            model.backward(loss.backward());
            optimizer.step();
            avg = config.beta() * avg + (1 - config.beta()) * value;
            double smoothed = avg / (1 - Math.pow(config.beta(), i + 1));
            points.add(new Point(i, lr, value, smoothed));
            if (i > 0 && smoothed > config.divergence() * best) {
                stopped = true;
                break;
            }
            best = Math.min(best, smoothed);
        }
        return summarize(points, stopped);
    }

    /** The suggestions for a recorded curve (see the class comment). */
    public static Result summarize(List<Point> points, boolean stoppedEarly) {
        if (points.size() < 3) {
            throw new IllegalStateException("the loss diverged after " + points.size()
                    + " steps: lower --start-lr");
        }
        int min = 0;
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).smoothed() < points.get(min).smoothed()) {
                min = i;
            }
        }
        int steep = 1;
        double steepest = Double.POSITIVE_INFINITY;
        for (int i = 1; i < points.size() - 1; i++) {
            double slope = (points.get(i + 1).smoothed() - points.get(i - 1).smoothed())
                    / (Math.log10(points.get(i + 1).lr()) - Math.log10(points.get(i - 1).lr()));
            if (slope < steepest) {
                steepest = slope;
                steep = i;
            }
        }
        double minimumLr = points.get(min).lr();
        double steepestLr = points.get(steep).lr();
        double high = minimumLr / 10;
        return new Result(List.copyOf(points), stoppedEarly, minimumLr, steepestLr, Math.min(steepestLr, high) / 10,
                high);
    }
}
