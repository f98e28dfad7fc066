package org.hyperlab.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hyperlab.core.init.Initializer;
import org.hyperlab.core.init.Initializers;
import org.hyperlab.core.nn.FullyConnected;
import org.hyperlab.core.nn.Input;
import org.hyperlab.core.nn.Layer;
import org.hyperlab.core.nn.Sequential;
import org.hyperlab.core.nn.Softmax;
import org.hyperlab.core.nn.ZScoring;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * The architecture of a classifier, everything needed to rebuild it (what a model file stores besides the
 * numbers): {@code Input} (z-scoring per feature or global, or the identity: {@link ZScoring}) → for each hidden size h: {@code FullyConnected(→ h)} →
 * activation → finally {@code FullyConnected(→ classes)}, producing logits (for the fused softmax-cross-entropy
 * loss), followed by a {@code Softmax} layer only when {@code softmaxOutput} (the separate path of the theory
 * section, trained with cross-entropy on probabilities).
 *
 * <p>With no hidden layer this is the assignment's classifier: Input → FullyConnected(784 → 10) → softmax.
 * {@code weightInit}/{@code biasInit} are {@link Initializers} names (e.g. {@code xavier-uniform}, {@code zeros}).
 */
public record ModelSpec(int inputSize, List<Integer> hidden, HiddenActivation activation, int classes,
                        ZScoring zscore, String weightInit, String biasInit, Precision precision,
                        boolean softmaxOutput) {
    /**
     * The z-scoring a spec gets unless told otherwise: {@link ZScoring#GLOBAL}, measured on MNIST to generalize
     * better than per-feature statistics (see the README's MNIST results).
     */
    public static final ZScoring DEFAULT_ZSCORING = ZScoring.GLOBAL;

    /**
     * Widest layer (input, hidden or output): 16,384 units is 64 times MNIST's usual hidden width; a width is
     * checked before anything is allocated, so {@code --hidden 2000000} or a model file saying so is refused up
     * front instead of failing with an integer overflow or running out of memory.
     */
    public static final int MAX_WIDTH = 16_384;

    /** Most hidden layers: deeper stacks are far outside what this project studies. */
    public static final int MAX_HIDDEN_LAYERS = 16;

    /**
     * Most weights and biases in all: 50 million float32 parameters are 200 MB, and training holds about four
     * copies (values, gradients, two optimizer moments), which fits the launcher's default heap.
     */
    public static final long MAX_PARAMETERS = 50_000_000L;

    public ModelSpec {
        if (inputSize < 1 || classes < 2 || inputSize > MAX_WIDTH || classes > MAX_WIDTH) {
            throw new IllegalArgumentException("model: input size must be 1.." + MAX_WIDTH + " and classes 2.."
                    + MAX_WIDTH + ", got " + inputSize + " and " + classes);
        }
        hidden = List.copyOf(hidden);
        if (hidden.size() > MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("model: at most " + MAX_HIDDEN_LAYERS + " hidden layers, got "
                    + hidden.size());
        }
        for (int h : hidden) {
            if (h < 1 || h > MAX_WIDTH) {
                throw new IllegalArgumentException("model: hidden layer sizes must be 1.." + MAX_WIDTH + ", got "
                        + hidden);
            }
        }
        long parameters = parameterCount(inputSize, hidden, classes);
        if (parameters > MAX_PARAMETERS) {
            throw new IllegalArgumentException("model: " + parameters + " weights and biases, at most "
                    + MAX_PARAMETERS + " are allowed; use narrower hidden layers");
        }
        if (activation == null || precision == null || zscore == null) {
            throw new IllegalArgumentException("model: activation, z-scoring mode and precision are required");
        }
        Initializers.byName(weightInit);
        Initializers.byName(biasInit);
    }

    /** The spec with z-scoring on (in the {@link #DEFAULT_ZSCORING} mode) or off. */
    public ModelSpec(int inputSize, List<Integer> hidden, HiddenActivation activation, int classes,
                     boolean zscore, String weightInit, String biasInit, Precision precision, boolean softmaxOutput) {
        this(inputSize, hidden, activation, classes, zscore ? DEFAULT_ZSCORING : ZScoring.OFF, weightInit, biasInit,
                precision, softmaxOutput);
    }

    /**
     * The defaults: no hidden layer, ReLU (used once hidden layers are added), global z-scoring, Xavier-uniform
     * weights, zero biases, float32, logits output.
     */
    public static ModelSpec of(int inputSize, int classes) {
        return new ModelSpec(inputSize, List.of(), HiddenActivation.RELU, classes, DEFAULT_ZSCORING, "xavier-uniform", "zeros",
                Precision.FLOAT32, false);
    }

    /** MNIST's default classifier, 784 → 10. */
    public static ModelSpec mnist() { return of(784, 10); }

    public ModelSpec withHidden(List<Integer> sizes) {
        return new ModelSpec(inputSize, sizes, activation, classes, zscore, weightInit, biasInit, precision, softmaxOutput);
    }

    public ModelSpec withActivation(HiddenActivation a) {
        return new ModelSpec(inputSize, hidden, a, classes, zscore, weightInit, biasInit, precision, softmaxOutput);
    }

    /** Z-scoring on (in {@link #DEFAULT_ZSCORING} mode) or off. */
    public ModelSpec withZscore(boolean on) {
        return withZscore(on ? DEFAULT_ZSCORING : ZScoring.OFF);
    }

    public ModelSpec withZscore(ZScoring mode) {
        return new ModelSpec(inputSize, hidden, activation, classes, mode, weightInit, biasInit, precision, softmaxOutput);
    }

    public ModelSpec withInit(String weights, String biases) {
        return new ModelSpec(inputSize, hidden, activation, classes, zscore, weights, biases, precision, softmaxOutput);
    }

    public ModelSpec withPrecision(Precision p) {
        return new ModelSpec(inputSize, hidden, activation, classes, zscore, weightInit, biasInit, p, softmaxOutput);
    }

    public ModelSpec withSoftmaxOutput(boolean on) {
        return new ModelSpec(inputSize, hidden, activation, classes, zscore, weightInit, biasInit, precision, on);
    }

    /** Σ over consecutive widths (a, b) of a·b + b: the weights and biases of the dense layers, in a long. */
    private static long parameterCount(int inputSize, List<Integer> hidden, int classes) {
        long total = 0;
        long previous = inputSize;
        for (long width : concat(hidden, classes)) {
            total += previous * width + width;
            previous = width;
        }
        return total;
    }

    private static List<Integer> concat(List<Integer> hidden, int classes) {
        List<Integer> widths = new ArrayList<>(hidden);
        widths.add(classes);
        return widths;
    }

    /** Layer widths from input to output, e.g. {@code [784, 256, 10]}. */
    public List<Integer> widths() {
        List<Integer> w = new ArrayList<>();
        w.add(inputSize);
        w.addAll(hidden);
        w.add(classes);
        return w;
    }

    /** E.g. {@code 784-256-10 relu, global z-score, xavier-uniform/zeros, float32}. */
    public String describe() {
        return String.join("-", widths().stream().map(String::valueOf).toList())
                + (hidden.isEmpty() ? "" : " " + activation.label())
                + (zscore.enabled() ? ", " + zscore.label() + " z-score" : ", no z-score") + ", " + weightInit + "/" + biasInit + ", "
                + precision.name().toLowerCase(java.util.Locale.ROOT) + (softmaxOutput ? ", softmax output" : "");
    }

    /**
     * A fresh model. Parameters are drawn from one {@code SplittableRandom(seed)}, layer by layer in forward
     * order (each layer's W, then its b), so a seed reproduces the model exactly. The z-scoring input still has
     * to be {@link Model#fitInput fitted} on the training features.
     */
    public Model build(long seed) {
        return assemble(Input.zScoring(zscore), new SplittableRandom(seed));
    }

    /** The model around a given input layer (used when loading, where the statistics are known). */
    Model assemble(Input input, SplittableRandom random) {
        Initializer w = Initializers.byName(weightInit);
        Initializer b = Initializers.byName(biasInit);
        List<Layer> layers = new ArrayList<>();
        layers.add(input);
        List<Integer> widths = widths();
        for (int i = 0; i + 1 < widths.size(); i++) {
            layers.add(new FullyConnected(widths.get(i), widths.get(i + 1), w, b, random, precision));
            if (i + 2 < widths.size()) {
                layers.add(activation.newLayer());
            }
        }
        if (softmaxOutput) {
            layers.add(new Softmax());
        }
        return new Model(this, input, new Sequential(layers));
    }
}
